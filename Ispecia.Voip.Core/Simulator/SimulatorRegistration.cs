using Ispecia.Voip.Core.Simulator.Protocol;
using Ispecia.Voip.Core.Simulator.Recordings;
using Ispecia.Voip.Core.Twilio;
using Microsoft.Extensions.Configuration;

namespace Ispecia.Voip.Core.Simulator;

public static class SimulatorRegistration
{
    /// <summary>
    /// In simulator mode: the simulated account's credentials and numbers become the Twilio settings, and the Twilio
    /// library's requests to api.twilio.com go to the simulator's endpoints on this app. Outside simulator mode nothing
    /// is registered, so the app code cannot tell which of the two it talks to.
    /// </summary>
    public static IServiceCollection AddVoipSimulator(this IServiceCollection services, IConfiguration configuration, TelephonyMode mode, string contentRoot)
    {
        if (!mode.IsSimulator)
        {
            return services;
        }

        var folder = Path.Combine(contentRoot, "App_Data", "simulator");
        var credentials = SimulatorCredentials.LoadOrCreate(folder);
        services.AddOptions<SimulatorOptions>().Bind(configuration.GetSection(SimulatorOptions.SectionName)).PostConfigure(options =>
        {
            var numbers = options.PhoneNumbers.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
            options.PhoneNumbers = numbers.Count > 0 ? numbers : [.. SimulatorOptions.DefaultPhoneNumbers];
        });
        services.AddSingleton(credentials);
        services.PostConfigure<TwilioOptions>(twilio =>
        {
            twilio.AccountSid = credentials.AccountSid;
            twilio.AuthToken = credentials.AuthToken;
            twilio.ApiKey = credentials.ApiKey;
            twilio.ApiSecret = credentials.ApiSecret;
            twilio.TwimlAppSid = credentials.TwimlAppSid;
            twilio.PhoneNumber = configuration.GetSection("Simulator:PhoneNumbers").Get<string[]>()?.FirstOrDefault() ?? SimulatorOptions.DefaultPhoneNumbers[0];
            twilio.ValidateSignatures = true;
        });
        services.AddSingleton<SimulatorEndpoint>();
        services.AddSingleton<IInAppTwilio, InAppTwilio>();
        services.AddSingleton<SimulatorLog>();
        services.AddSingleton<AccessTokenValidator>();
        services.AddSingleton(sp => new RecordingStore(Path.Combine(folder, "recordings"), sp.GetRequiredService<TimeProvider>()));
        services.AddHttpClient<WebhookSender>(client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<TwilioSimulator>(sp => ActivatorUtilities.CreateInstance<TwilioSimulator>(sp, sp.GetRequiredService<WebhookSender>()));
        services.AddTransient<LoopbackRedirectHandler>();
        services.AddHttpClient(TwilioRegistration.HttpClientName).AddHttpMessageHandler<LoopbackRedirectHandler>();
        return services;
    }
}

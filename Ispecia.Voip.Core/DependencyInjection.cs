using FluentValidation;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Configuration;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Data;
using Ispecia.Voip.Core.Leads;
using Ispecia.Voip.Core.Phone;
using Ispecia.Voip.Core.Setup;
using Ispecia.Voip.Core.Twilio;
using Ispecia.Voip.Core.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ispecia.Voip.Core;

public static class DependencyInjection
{
    /// <summary>Everything Core offers: options, database, CRM and telephony services, validators.</summary>
    public static IServiceCollection AddVoipCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<VoipOptions>().Bind(configuration.GetSection(VoipOptions.SectionName));
        services.AddSingleton(TimeProvider.System);
        services.AddVoipDatabase(configuration, contentRoot);

        services.AddSingleton(sp => new PhoneNumberService(sp.GetRequiredService<IOptions<VoipOptions>>().Value.DefaultRegion));
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: false);

        services.AddSingleton<ContactService>();
        services.AddSingleton<LeadService>();
        services.AddSingleton<NumberOwnerLookup>();
        services.AddSingleton<CallableDirectory>();
        services.AddSingleton<AgentCallsService>();
        services.AddSingleton<Accounts.SoftphoneLineService>();
        services.AddSingleton<Accounts.LineChanges>();
        services.AddSingleton<Accounts.UserAccessChanges>();
        services.AddScoped<DemoDataSeeder>();

        services.AddVoipTwilio(configuration);
        services.AddCallLifecycle();
        return services;
    }
}

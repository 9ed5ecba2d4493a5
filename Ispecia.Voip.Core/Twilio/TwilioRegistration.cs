using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Ispecia.Voip.Core.Twilio;

public static class TwilioRegistration
{
    /// <summary>The HttpClient every request to Twilio's REST API goes through, the library's and the media client's.</summary>
    public const string HttpClientName = "twilio";

    /// <summary>Binds <see cref="TwilioOptions"/> and registers the token issuer, the REST wrapper and the media client.</summary>
    public static IServiceCollection AddVoipTwilio(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TwilioOptions>().Bind(configuration.GetSection(TwilioOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AccessTokenGenerator>();
        services.AddTwilioHttpClient();
        services.AddTransient<TwilioApi>();
        services.AddTransient<RecordingMediaClient>();
        return services;
    }

    /// <summary>
    /// The named client, outermost first: the caller's cancellation, then retries with exponential backoff on 408, 429,
    /// 5xx and network errors for GET and DELETE only (a POST may have placed a call: never send it twice), then the
    /// Twilio:ApiBaseUrl rebasing. Simulator mode adds its own rebasing handler to the same client.
    /// </summary>
    public static IHttpClientBuilder AddTwilioHttpClient(this IServiceCollection services)
    {
        services.TryAddTransient<RequestCancellationHandler>();
        services.TryAddTransient<ApiBaseUrlHandler>();
        var builder = services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(30))
            .AddHttpMessageHandler<RequestCancellationHandler>();
        builder.AddResilienceHandler("twilio-rest", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            ShouldHandle = args => ValueTask.FromResult(
                IsIdempotent(args.Context.GetRequestMessage()?.Method) && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
        }));
        return builder.AddHttpMessageHandler<ApiBaseUrlHandler>();
    }

    private static bool IsIdempotent(HttpMethod? method) => method == HttpMethod.Get || method == HttpMethod.Delete;
}

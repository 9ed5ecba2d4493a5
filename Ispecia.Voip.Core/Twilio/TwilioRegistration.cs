using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Ispecia.Voip.Core.Twilio;

public static class TwilioRegistration
{
    /// <summary>Binds <see cref="TwilioOptions"/> and registers the token issuer and checker, the webhook signature validator and the REST client.</summary>
    public static IServiceCollection AddVoipTwilio(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TwilioOptions>().Bind(configuration.GetSection(TwilioOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AccessTokenGenerator>();
        services.AddSingleton<AccessTokenValidator>();
        services.AddSingleton(sp => new TwilioRequestValidator(sp.GetRequiredService<IOptions<TwilioOptions>>()));
        services.AddTwilioRestClient();
        return services;
    }

    /// <summary>
    /// Registers <see cref="TwilioRestClient"/> as a typed HttpClient. GET and DELETE are retried with exponential
    /// backoff on 408, 429, 5xx and network errors; POST never is, since Twilio would place a call twice.
    /// </summary>
    public static IHttpClientBuilder AddTwilioRestClient(this IServiceCollection services)
    {
        var builder = services.AddHttpClient<TwilioRestClient>(client => client.Timeout = TimeSpan.FromSeconds(30));
        builder.AddResilienceHandler("twilio-rest", pipeline => pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = 3,
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = TimeSpan.FromMilliseconds(500),
            ShouldHandle = args => ValueTask.FromResult(
                IsIdempotent(args.Context.GetRequestMessage()?.Method) && HttpClientResiliencePredicates.IsTransient(args.Outcome)),
        }));
        return builder;
    }

    private static bool IsIdempotent(HttpMethod? method) => method == HttpMethod.Get || method == HttpMethod.Delete;
}

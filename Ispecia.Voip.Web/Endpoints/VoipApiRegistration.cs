using Ispecia.Voip.Core.Calls.History;
using Ispecia.Voip.Core.Recordings;
using Ispecia.Voip.Web.Calls;
using Ispecia.Voip.Web.Contacts;
using Ispecia.Voip.Web.Recordings;
using Ispecia.Voip.Web.Softphone;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ispecia.Voip.Web.Endpoints;

/// <summary>The VoIP REST API (/api/voip/...): token, callable contacts, call history and details, recordings.</summary>
public static class VoipApiRegistration
{
    /// <summary>The Core services the API (and the Calls and Recordings pages) use, and the token rate limit.</summary>
    public static IServiceCollection AddVoipApi(this IServiceCollection services)
    {
        services.TryAddSingleton<CallHistoryService>();
        // Transient: it holds the typed Twilio HttpClient.
        services.TryAddTransient<RecordingService>();
        services.AddVoipTokenRateLimit();
        return services;
    }

    public static IEndpointRouteBuilder MapVoipApi(this IEndpointRouteBuilder app)
    {
        app.MapVoipTokenApi();
        app.MapVoipContactsApi();
        app.MapCallHistoryApi();
        app.MapRecordingsApi();
        return app;
    }
}

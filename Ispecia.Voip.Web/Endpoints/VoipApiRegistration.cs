using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.History;
using Ispecia.Voip.Core.Recordings;
using Ispecia.Voip.Web.Calls;
using Ispecia.Voip.Web.Contacts;
using Ispecia.Voip.Web.Recordings;
using Ispecia.Voip.Web.Reports;
using Ispecia.Voip.Web.Softphone;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ispecia.Voip.Web.Endpoints;

/// <summary>The VoIP REST API (/api/voip/...): token, callable contacts, call history and details, recordings, reports.</summary>
public static class VoipApiRegistration
{
    /// <summary>The API's own services: the token rate limit (its Core services come with AddVoipCore).</summary>
    public static IServiceCollection AddVoipApi(this IServiceCollection services)
    {
        services.AddVoipTokenRateLimit();
        return services;
    }

    public static IEndpointRouteBuilder MapVoipApi(this IEndpointRouteBuilder app)
    {
        app.MapVoipTokenApi();
        app.MapVoipContactsApi();
        app.MapCallHistoryApi();
        app.MapRecordingsApi();
        app.MapReportsApi();
        return app;
    }
}

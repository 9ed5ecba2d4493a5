using System.Xml.Linq;
using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Configuration;
using Ispecia.Voip.Core.Routing;
using Microsoft.Extensions.Options;

namespace Ispecia.Voip.Core.Calls.Lifecycle;

/// <summary>
/// The route tester's "TwiML the app would answer": the same planner as the voice webhook, on the route as the
/// admin page loaded it. Callback URLs use Voip:PublicBaseUrl (or a placeholder when it is not set).
/// </summary>
public sealed class RouteTwimlPreview(InboundCallPlanner planner, IOptions<VoipOptions> voip) : IRouteTwimlPreview
{
    public const string PlaceholderBaseUrl = "https://your-public-base-url";

    public string? Preview(InboundRoute route, string called, string? caller)
    {
        var baseUrl = string.IsNullOrWhiteSpace(voip.Value.PublicBaseUrl) ? PlaceholderBaseUrl : voip.Value.PublicBaseUrl.Trim().TrimEnd('/');
        var targets = (route.Destination switch
        {
            RouteDestination.Agent => [route.DestinationUser?.VoipAccount],
            RouteDestination.Team => route.DestinationTeam?.Members.Select(m => m.User?.VoipAccount) ?? [],
            _ => [],
        })
        .OfType<VoipAccount>()
        .Where(a => a.IsActive && a.Availability == Availability.Available)
        .ToList();
        var twiml = planner.Plan(route, targets, new InboundCallContext(0, caller ?? "", called, null), new WebhookUrls(baseUrl), route.Trunk);
        return Indented(twiml);
    }

    /// <summary>The webhook answers compact XML; an admin reads it one verb to a line.</summary>
    public static string Indented(string twiml)
    {
        var document = XDocument.Parse(twiml);
        return document.Declaration is null ? document.ToString() : $"{document.Declaration}{Environment.NewLine}{document}";
    }
}

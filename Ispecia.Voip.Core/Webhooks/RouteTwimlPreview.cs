using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Trunks;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// The route tester's "TwiML the app would answer": the same planner as the voice webhook, ringing the same people
/// and dialling through the same trunk. Callback URLs use Voip:PublicBaseUrl (or a placeholder when it is not set).
/// </summary>
public sealed class RouteTwimlPreview(InboundCallPlanner planner, IDbContextFactory<VoipDbContext> dbFactory, IOptions<VoipOptions> voip)
    : IRouteTwimlPreview
{
    public const string PlaceholderBaseUrl = "https://your-public-base-url";

    public async Task<string?> PreviewAsync(InboundRoute route, string called, string? caller, CancellationToken ct = default)
    {
        var baseUrl = string.IsNullOrWhiteSpace(voip.Value.PublicBaseUrl) ? PlaceholderBaseUrl : voip.Value.PublicBaseUrl.Trim().TrimEnd('/');
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var targets = await planner.TargetsAsync(db, route, byPresence: false, ct);
        var trunk = await TrunkDialer.ChooseAsync(db, route.TrunkId, ct);
        if (trunk is not null)
        {
            // Untracked, so this only keeps the password out of the preview: the planner would put it in <Sip>.
            trunk.PasswordProtected = null;
        }

        return Indented(planner.Plan(route, targets, new InboundCallContext(0, caller ?? "", called, null), new WebhookUrls(baseUrl), trunk));
    }

    /// <summary>The webhook answers compact XML; an admin reads it one verb to a line.</summary>
    public static string Indented(string twiml)
    {
        var document = XDocument.Parse(twiml);
        return document.Declaration is null ? document.ToString() : $"{document.Declaration}{Environment.NewLine}{document}";
    }
}

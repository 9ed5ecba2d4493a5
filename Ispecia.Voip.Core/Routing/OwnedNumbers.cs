using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Twilio;

namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// The numbers the app can present as caller ID: Twilio:PhoneNumber and Twilio:CallerId, the teams' caller IDs,
/// and the DIDs that inbound routes name exactly. Twilio refuses any other caller ID.
/// </summary>
public sealed class OwnedNumbers(IOptions<TwilioOptions> twilio, PhoneNumberService phones) : IOwnedNumbers
{
    public async Task<IReadOnlyList<string>> ListAsync(VoipDbContext db, CancellationToken ct)
    {
        var candidates = new List<string?> { twilio.Value.PhoneNumber, twilio.Value.CallerId };
        candidates.AddRange(await db.Teams.AsNoTracking().Where(t => t.CallerId != null).Select(t => t.CallerId).ToListAsync(ct));
        var patterns = await db.InboundRoutes.AsNoTracking().Select(r => r.DidPattern).ToListAsync(ct);
        candidates.AddRange(patterns.Where(p => RoutePattern.TryParse(p, out var parsed, out _) && parsed.Kind == RoutePatternKind.Exact));

        return candidates
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .Select(n => phones.Parse(n).E164)
            .OfType<string>()
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}

using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Twilio;

namespace Ispecia.Voip.Web.Setup;

/// <summary>
/// The Setup page's "phone numbers in use": every number the settings, teams, VoIP accounts and exact-DID routes
/// name, so an admin can check each one is bought at Twilio and points at the Voice URL.
/// </summary>
/// <param name="inAppTwilio">The built-in simulator's account, registered in simulator mode only.</param>
public sealed class PhoneNumbersInUse(
    IDbContextFactory<VoipDbContext> dbFactory, IOptions<TwilioOptions> twilio, IInAppTwilio? inAppTwilio = null)
{
    public const string RoutePrefix = "route ";

    public async Task<IReadOnlyList<PhoneNumberInUse>> ListAsync(CancellationToken cancellationToken = default)
    {
        var uses = new List<(string Number, string Use)>();
        Add(uses, twilio.Value.PhoneNumber, "Twilio:PhoneNumber (TWILIO_PHONE_NUMBER)");
        Add(uses, twilio.Value.CallerId, "Twilio:CallerId (TWILIO_CALLER_ID)");
        // Only the simulator's account is known without asking Twilio; real numbers are checked by TwilioSetupCheck.
        foreach (var number in inAppTwilio?.PhoneNumbers ?? [])
        {
            Add(uses, number, "owned by the simulated account");
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        foreach (var team in await db.Teams.AsNoTracking().Where(t => t.CallerId != null).Select(t => new { t.Name, t.CallerId }).ToListAsync(cancellationToken))
        {
            Add(uses, team.CallerId, $"caller ID of team {team.Name}");
        }

        var accounts = await db.VoipAccounts.AsNoTracking().Where(a => a.CallerId != null)
            .Select(a => new { a.CallerId, a.Identity, Name = a.User!.DisplayName }).ToListAsync(cancellationToken);
        foreach (var account in accounts)
        {
            Add(uses, account.CallerId, $"caller ID of {account.Name} ({account.Identity})");
        }

        foreach (var route in await db.InboundRoutes.AsNoTracking().OrderBy(r => r.Priority).Select(r => new { r.Name, r.DidPattern, r.IsActive }).ToListAsync(cancellationToken))
        {
            if (RoutePattern.TryParse(route.DidPattern, out var pattern, out _) && pattern.Kind == RoutePatternKind.Exact)
            {
                Add(uses, pattern.Text, $"{RoutePrefix}'{route.Name}' answers it{(route.IsActive ? "" : " (inactive)")}");
            }
        }

        return [.. uses.GroupBy(u => u.Number, StringComparer.Ordinal)
            .Select(g => new PhoneNumberInUse(g.Key, [.. g.Select(u => u.Use).Distinct(StringComparer.Ordinal)]))
            .OrderBy(n => n.Number, StringComparer.Ordinal)];
    }

    private static void Add(List<(string, string)> uses, string? number, string use)
    {
        if (!string.IsNullOrWhiteSpace(number))
        {
            uses.Add((number.Trim(), use));
        }
    }
}

using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Webhooks;

namespace Ispecia.Voip.Core.CallControl;

/// <summary>Who a transfer or an add rings: a colleague, a team's available members, or a number the outbound policy allows.</summary>
public sealed class TransferDestinations(OutboundCallPlanner outbound)
{
    /// <summary>The legs to dial (label prefix left to the caller), or the reason there are none.</summary>
    public async Task<(IReadOnlyList<TransferDestination> Legs, string? Error)> ResolveAsync(
        VoipDbContext db, TransferTarget target, string myUserId, CancellationToken ct)
    {
        if (target.Kind == TransferTargetKind.Team)
        {
            if (!int.TryParse(target.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var teamId)
                || await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.Id == teamId, ct) is not { } team)
            {
                return ([], "That team does not exist.");
            }

            var members = await db.VoipAccounts.AsNoTracking().Include(a => a.User)
                .Where(a => a.IsActive && a.User!.IsActive && a.Availability == Availability.Available && a.UserId != myUserId
                    && db.Set<TeamMember>().Any(m => m.TeamId == teamId && m.UserId == a.UserId))
                .OrderBy(a => a.Id).ToListAsync(ct);
            return members.Count == 0
                ? ([], $"Nobody in {team.Name} is available to take the call.")
                : ([.. members.Select(TransferDestination.ForAgent)], null);
        }

        var text = target.Kind == TransferTargetKind.Agent && !target.Value.StartsWith("client:", StringComparison.Ordinal) && !target.Value.All(char.IsDigit)
            ? "client:" + target.Value
            : target.Value;
        var resolved = await outbound.ResolveTargetAsync(db, text, ct);
        if (resolved.IsRefused)
        {
            return ([], resolved.RefusalReason);
        }

        if (resolved.Agent is { } agent)
        {
            return agent.UserId == myUserId
                ? ([], "You are already on this call.")
                : agent.Availability == Availability.DoNotDisturb
                    ? ([], $"{agent.User?.DisplayName ?? agent.Identity} is on do not disturb.")
                    : ([TransferDestination.ForAgent(agent)], null);
        }

        return ([new TransferDestination(resolved.Number!, resolved.Number!, null, null)], null);
    }
}

/// <summary>One leg to dial: the label's value (identity or number), whom Twilio rings, and who it is.</summary>
public sealed record TransferDestination(string LabelValue, string Target, string? UserId, string? DisplayName)
{
    public bool IsAgent => UserId is not null;

    public static TransferDestination ForAgent(VoipAccount account) =>
        new(account.Identity, $"client:{account.Identity}", account.UserId, account.User?.DisplayName ?? account.Identity);
}

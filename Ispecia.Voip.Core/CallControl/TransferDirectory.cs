using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Teams;

namespace Ispecia.Voip.Core.CallControl;

/// <summary>The transfer picker's lists: colleagues with a phone line (with their availability and whether on a call) and teams.</summary>
public sealed class TransferDirectory(IDbContextFactory<VoipDbContext> dbFactory, TimeProvider clock)
{
    private const int Limit = 30;

    public async Task<TransferCandidates> SearchAsync(string myUserId, string? search, CancellationToken ct = default)
    {
        var term = search?.Trim().ToLowerInvariant() ?? "";
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var since = clock.GetUtcNow().UtcDateTime.AddHours(-12);
        var colleagues = await db.VoipAccounts.AsNoTracking()
            .Where(a => a.IsActive && a.User!.IsActive && a.UserId != myUserId)
            .Where(a => term.Length == 0 || a.User!.DisplayName.ToLower().Contains(term) || a.Identity.Contains(term) || (a.Extension != null && a.Extension.Contains(term)))
            .OrderBy(a => a.User!.DisplayName).Take(Limit)
            .Select(a => new TransferColleague(
                a.UserId, a.Identity, a.User!.DisplayName, a.Extension, a.Availability,
                db.Set<Call>().Any(c => c.AgentUserId == a.UserId && c.EndedAt == null && c.StartedAt > since
                    && (c.Status == CallStatus.InProgress || c.Status == CallStatus.Ringing))))
            .ToListAsync(ct);
        var teams = await db.Teams.AsNoTracking()
            .Where(t => term.Length == 0 || t.Name.ToLower().Contains(term))
            .OrderBy(t => t.Name).Take(Limit)
            .Select(t => new TransferTeam(t.Id, t.Name, db.Set<TeamMember>().Count(m => m.TeamId == t.Id)))
            .ToListAsync(ct);
        return new TransferCandidates(colleagues, teams);
    }
}

public sealed record TransferCandidates(IReadOnlyList<TransferColleague> Colleagues, IReadOnlyList<TransferTeam> Teams)
{
    public static TransferCandidates None { get; } = new([], []);
}

/// <summary>A colleague the call can go to; <paramref name="OnCall"/>: they have a call up now.</summary>
public sealed record TransferColleague(string UserId, string Identity, string Name, string? Extension, Availability Availability, bool OnCall);

public sealed record TransferTeam(int Id, string Name, int Members);

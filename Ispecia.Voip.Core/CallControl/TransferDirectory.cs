using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Teams;

namespace Ispecia.Voip.Core.CallControl;

/// <summary>The transfer picker's lists: colleagues with an active phone line, and teams (presence is the web side's).</summary>
public sealed class TransferDirectory(IDbContextFactory<VoipDbContext> dbFactory)
{
    private const int Limit = 30;

    public async Task<TransferCandidates> SearchAsync(string myUserId, string? search, CancellationToken ct = default)
    {
        var term = search?.Trim().ToLowerInvariant() ?? "";
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var colleagues = await db.VoipAccounts.AsNoTracking()
            .Where(a => a.IsActive && a.User!.IsActive && a.UserId != myUserId)
            .Where(a => term.Length == 0 || a.User!.DisplayName.ToLower().Contains(term) || a.Identity.Contains(term) || (a.Extension != null && a.Extension.Contains(term)))
            .OrderBy(a => a.User!.DisplayName).Take(Limit)
            .Select(a => new TransferColleague(a.UserId, a.Identity, a.User!.DisplayName, a.Extension))
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

/// <summary>A colleague the call can go to.</summary>
public sealed record TransferColleague(string UserId, string Identity, string Name, string? Extension);

public sealed record TransferTeam(int Id, string Name, int Members);

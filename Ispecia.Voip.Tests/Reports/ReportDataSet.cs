namespace Ispecia.Voip.Tests.Reports;

/// <summary>
/// A small day of calls whose report is computed by hand in the tests: agent u1 (team Support) and u2 (team Sales) on
/// 2026-11-24 (UTC), plus one call the day before that no report of that day may count.
/// </summary>
internal static class ReportDataSet
{
    public static readonly DateOnly Day = new(2026, 11, 24);

    private static readonly DateTime T0 = Day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    public static async Task<(int Support, int Sales)> SeedAsync(IDbContextFactory<VoipDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Users.AddRange(
            new AppUser { Id = "u1", UserName = "u1", DisplayName = "Avery Agent" },
            new AppUser { Id = "u2", UserName = "u2", DisplayName = "Blake Agent" });
        var support = new Team { Name = "Support", Members = [new TeamMember { UserId = "u1" }] };
        var sales = new Team { Name = "Sales", Members = [new TeamMember { UserId = "u2" }] };
        db.Teams.AddRange(support, sales);
        await db.SaveChangesAsync(ct);

        // u1: five answered team calls at 09:00-09:20, waits 5/10/15/20/30 s, talks 60/120/90/30/300 s, two wrap-ups.
        int[] u1Waits = [5, 10, 15, 20, 30];
        int[] u1Talks = [60, 120, 90, 30, 300];
        for (var i = 0; i < 5; i++)
        {
            db.Calls.Add(Answered("u1", T0.AddHours(9).AddMinutes(5 * i), u1Waits[i], u1Talks[i], support.Id, i switch { 0 => 10, 1 => 20, _ => null }));
        }

        // u2: five answered direct calls at 14:00-14:20, waits 8/12/25/40/60 s, talks 10..50 s, one wrap-up.
        int[] u2Waits = [8, 12, 25, 40, 60];
        for (var i = 0; i < 5; i++)
        {
            db.Calls.Add(Answered("u2", T0.AddHours(14).AddMinutes(5 * i), u2Waits[i], 10 * (i + 1), null, i == 0 ? 30 : null));
        }

        db.Calls.AddRange(
            // Missed: rang out to voicemail, and rang out without it (u1, 10:00).
            Unanswered("u1", null, T0.AddHours(10), CallStatus.NoAnswer, hasVoicemail: true),
            Unanswered("u1", null, T0.AddHours(10).AddMinutes(5), CallStatus.NoAnswer, hasVoicemail: false),
            // Abandoned: the caller hung up while the Support team rang (no dial outcome), and while u2's line rang.
            Unanswered(null, support.Id, T0.AddHours(9).AddMinutes(50), null, hasVoicemail: false),
            Unanswered("u2", null, T0.AddHours(15), CallStatus.Canceled, hasVoicemail: false),
            // Outbound: u1 connected (100 s) and busy (its browser leg "answered" for 20 s: not talk), u2 connected (50 s).
            Outbound("u1", T0.AddHours(10).AddMinutes(30), CallStatus.Completed, 100),
            Outbound("u1", T0.AddHours(10).AddMinutes(40), CallStatus.Busy, 20),
            Outbound("u2", T0.AddHours(15).AddMinutes(10), CallStatus.Completed, 50),
            // A route straight to voicemail: inbound, but meant for no agent.
            new Call { CallSid = Sid(), Direction = CallDirection.Inbound, Status = CallStatus.Completed, From = "+13105550100", To = "+14155550100", StartedAt = T0.AddHours(16), EndedAt = T0.AddHours(16).AddSeconds(40), HasVoicemail = true },
            // The day before: outside the range.
            Answered("u1", T0.AddMinutes(-10), 1000, 60, support.Id, null));
        await db.SaveChangesAsync(ct);
        return (support.Id, sales.Id);
    }

    private static Call Answered(string agent, DateTime startedAt, int waitSeconds, int talkSeconds, int? teamId, int? wrapUpSeconds) => new()
    {
        CallSid = Sid(),
        Direction = CallDirection.Inbound,
        Status = CallStatus.Completed,
        DialStatus = CallStatus.Completed,
        From = "+13105550123",
        To = "+14155550100",
        AgentUserId = agent,
        TeamId = teamId,
        StartedAt = startedAt,
        AnsweredAt = startedAt.AddSeconds(waitSeconds),
        EndedAt = startedAt.AddSeconds(waitSeconds + talkSeconds),
        DurationSeconds = waitSeconds + talkSeconds,
        WrapUpSeconds = wrapUpSeconds,
    };

    private static Call Unanswered(string? agent, int? teamId, DateTime startedAt, CallStatus? dialStatus, bool hasVoicemail) => new()
    {
        CallSid = Sid(),
        Direction = CallDirection.Inbound,
        Status = CallStatus.Completed,
        DialStatus = dialStatus,
        From = "+13105550124",
        To = "+14155550100",
        AgentUserId = agent,
        TeamId = teamId,
        StartedAt = startedAt,
        EndedAt = startedAt.AddSeconds(25),
        IsMissed = true,
        HasVoicemail = hasVoicemail,
    };

    private static Call Outbound(string agent, DateTime startedAt, CallStatus dialStatus, int seconds) => new()
    {
        CallSid = Sid(),
        Direction = CallDirection.Outbound,
        Status = CallStatus.Completed,
        DialStatus = dialStatus,
        From = "client:" + agent,
        To = "+12125550147",
        AgentUserId = agent,
        StartedAt = startedAt,
        AnsweredAt = startedAt.AddSeconds(1),
        EndedAt = startedAt.AddSeconds(1 + seconds),
        DurationSeconds = seconds,
    };

    private static string Sid() => "CA" + Guid.NewGuid().ToString("N");
}

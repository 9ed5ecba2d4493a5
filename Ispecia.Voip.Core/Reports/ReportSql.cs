using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Queues;

namespace Ispecia.Voip.Core.Reports;

/// <summary>
/// The report queries as SQL, the same on SQLite and PostgreSQL but for the date arithmetic (ADR-019). Every value
/// from a request is a parameter ({0}, {1}... which EF Core binds); only the constants below are written into the text.
/// </summary>
internal sealed class ReportSql(bool postgres)
{
    private const string Inbound = $"c.\"Direction\" = '{nameof(CallDirection.Inbound)}'";
    private const string Outbound = $"c.\"Direction\" = '{nameof(CallDirection.Outbound)}'";
    private const string Completed = $"c.\"Result\" = '{nameof(CallResultKind.Completed)}'";

    /// <summary>An agent picked up: the dial action stamps AnsweredAt on an inbound call only then.</summary>
    public const string AnsweredInbound = $"{Inbound} AND c.\"AnsweredAt\" IS NOT NULL";

    /// <summary>The caller hung up while waiting in a queue (the queue's record of the stay says so).</summary>
    private const string QueueAbandoned =
        $"EXISTS (SELECT 1 FROM \"QueueEntries\" q WHERE q.\"CallId\" = c.\"Id\" AND q.\"Outcome\" = '{nameof(QueueOutcome.Abandoned)}')";

    /// <summary>
    /// The caller gave up before anyone answered: they hung up while it rang (missed without voicemail, and the ring
    /// never reached its timeout: Twilio reported no dial outcome, or "canceled"), or while they waited in a queue.
    /// </summary>
    public const string Abandoned =
        $"({Inbound} AND c.\"AnsweredAt\" IS NULL AND ((c.\"Result\" = '{nameof(CallResultKind.Missed)}' AND (c.\"DialStatus\" IS NULL OR c.\"DialStatus\" = '{nameof(CallStatus.Canceled)}')) OR {QueueAbandoned}))";

    /// <summary>Nobody answered before the timeout (voicemail included): missed, but not abandoned.</summary>
    public const string MissedNotAbandoned =
        $"((c.\"Result\" = '{nameof(CallResultKind.Voicemail)}' OR (c.\"Result\" = '{nameof(CallResultKind.Missed)}' AND c.\"DialStatus\" IS NOT NULL AND c.\"DialStatus\" <> '{nameof(CallStatus.Canceled)}')) AND NOT {QueueAbandoned})";

    private const string Talked = $"{Completed} AND c.\"AnsweredAt\" IS NOT NULL AND c.\"EndedAt\" IS NOT NULL";

    public const string AnsweredWord = "Answered";
    public const string MissedWord = "Missed";
    public const string AbandonedWord = "Abandoned";
    public const string OutboundConnectedWord = "OutboundConnected";
    public const string OutboundNotConnectedWord = "OutboundNotConnected";
    public const string OtherWord = "Other";

    /// <summary>The chart's result words, one per call.</summary>
    public const string Category = $"""
        CASE WHEN {Outbound} THEN (CASE WHEN {Completed} THEN '{OutboundConnectedWord}' ELSE '{OutboundNotConnectedWord}' END)
             WHEN {AnsweredInbound} THEN '{AnsweredWord}'
             WHEN {Abandoned} THEN '{AbandonedWord}'
             WHEN {MissedNotAbandoned} THEN '{MissedWord}'
             ELSE '{OtherWord}' END
        """;

    /// <summary>Seconds from the call's start to an agent answering.</summary>
    public string WaitSeconds => Seconds("c.\"StartedAt\"", "c.\"AnsweredAt\"");

    public string TalkSeconds => Seconds("c.\"AnsweredAt\"", "c.\"EndedAt\"");

    /// <summary>
    /// Whole hours since 1970 (UTC) of the call's start. Both engines count from the absolute instant, so no session
    /// time zone (PostgreSQL's date_trunc on timestamptz uses one) moves a call to another hour.
    /// </summary>
    public string HourNumber => postgres
        ? "CAST(FLOOR(EXTRACT(EPOCH FROM c.\"StartedAt\") / 3600) AS bigint)"
        : "(CAST(strftime('%s', c.\"StartedAt\") AS bigint) / 3600)";

    /// <summary>Counts and averages per <paramref name="grouping"/> (one row when it has no key).</summary>
    public string Figures(ReportGrouping grouping, string where) => $"""
        SELECT {grouping.Key} AS "Key",
            COUNT(*) AS "Calls",
            COUNT(CASE WHEN {Inbound} THEN 1 END) AS "Inbound",
            COUNT(CASE WHEN {Outbound} THEN 1 END) AS "Outbound",
            COUNT(CASE WHEN {AnsweredInbound} THEN 1 END) AS "Answered",
            COUNT(CASE WHEN {MissedNotAbandoned} THEN 1 END) AS "Missed",
            COUNT(CASE WHEN {Abandoned} THEN 1 END) AS "Abandoned",
            COUNT(CASE WHEN {Outbound} AND {Completed} THEN 1 END) AS "OutboundConnected",
            CAST(AVG(CASE WHEN {AnsweredInbound} THEN {WaitSeconds} END) AS double precision) AS "AverageWait",
            CAST(AVG(CASE WHEN {Talked} THEN {TalkSeconds} END) AS double precision) AS "AverageTalk",
            CAST(COALESCE(SUM(CASE WHEN {Talked} THEN {TalkSeconds} END), 0) AS double precision) AS "TotalTalk",
            CAST(AVG(CASE WHEN {Talked} THEN c."WrapUpSeconds" END) AS double precision) AS "AverageWrapUp",
            CAST(AVG(CASE WHEN {Talked} THEN {TalkSeconds} + COALESCE(c."WrapUpSeconds", 0) END) AS double precision) AS "AverageHandle"
        FROM "Calls" AS c {grouping.Join}
        WHERE {where}
        {grouping.GroupBy}
        """;

    /// <summary>
    /// The nearest-rank 90th percentile of the wait per group, ranked in the database by a window function: the
    /// smallest wait whose rank reaches 90% of the group's answered calls. No call leaves the database.
    /// </summary>
    public string P90Wait(ReportGrouping grouping, string where) => $"""
        SELECT w."Key" AS "Key", CAST(MIN(w."Wait") AS double precision) AS "Value"
        FROM (
            SELECT {grouping.Key} AS "Key", {WaitSeconds} AS "Wait",
                ROW_NUMBER() OVER ({grouping.Partition} ORDER BY {WaitSeconds}) AS "Rank",
                COUNT(*) OVER ({grouping.Partition}) AS "Count"
            FROM "Calls" AS c {grouping.Join}
            WHERE {where} AND {AnsweredInbound}
        ) AS w
        WHERE w."Rank" * 10 >= w."Count" * 9
        GROUP BY w."Key"
        """;

    /// <summary>Calls per UTC hour and chart word.</summary>
    public string Series(string where) => $"""
        SELECT {HourNumber} AS "Hour", {Category} AS "Category", COUNT(*) AS "Calls"
        FROM "Calls" AS c
        WHERE {where}
        GROUP BY 1, 2
        """;

    private string Seconds(string from, string to) => postgres
        ? $"EXTRACT(EPOCH FROM ({to} - {from}))"
        : $"((julianday({to}) - julianday({from})) * 86400.0)";
}

using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Recordings;
using Ispecia.Voip.Core.Teams;

namespace Ispecia.Voip.Core.Calls.History;

/// <summary>
/// Call history for the REST API and the Calls page: filtered lists, newest first (start time, then id), paged by
/// keyset so a page never repeats or skips a call while new calls arrive; one call's details; CSV export.
/// Agents see only their own calls (<see cref="CallViewer"/>).
/// </summary>
public sealed class CallHistoryService(IDbContextFactory<VoipDbContext> dbFactory, PhoneNumberService phones)
{
    public const int DefaultLimit = 25;
    public const int MaxLimit = 100;
    private const int CsvBatchSize = 500;

    /// <summary>Up to <paramref name="limit"/> calls (1..<see cref="MaxLimit"/>) after <paramref name="after"/>.</summary>
    public async Task<CallHistoryPage> PageAsync(CallHistoryFilter filter, CallHistoryCursor? after, int limit, CancellationToken ct = default)
    {
        var (items, next) = await ReadAsync(filter, after, Math.Clamp(limit, 1, MaxLimit), ct);
        return new CallHistoryPage(items, next?.Encode());
    }

    /// <summary>One call with its timeline (oldest first) and recordings; null when it does not exist or the viewer may not see it.</summary>
    public async Task<CallDetail?> FindAsync(CallViewer viewer, int callId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await Project(Filtered(db, new CallHistoryFilter(viewer)).Where(c => c.Id == callId)).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        var timeline = await db.CallEvents.AsNoTracking()
            .Where(e => e.CallId == callId)
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new CallTimelineEntry(e.At, e.Kind, e.Status, e.Detail))
            .ToListAsync(ct);
        var recordings = await db.Recordings.AsNoTracking()
            .Where(r => r.CallId == callId)
            .OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
            .Select(r => new CallRecordingItem(r.Id, r.DurationSeconds, r.Channels, r.IsVoicemail, r.CreatedAt))
            .ToListAsync(ct);
        return new CallDetail(ToItem(row), row.TeamName, row.Call.FailureReason, timeline, recordings);
    }

    /// <summary>Every call the filter selects, newest first, as CSV (RFC 4180, a header line first), read in batches.</summary>
    public async Task WriteCsvAsync(CallHistoryFilter filter, TextWriter writer, CancellationToken ct = default)
    {
        await writer.WriteAsync(CallHistoryCsv.Header.AsMemory(), ct);
        CallHistoryCursor? after = null;
        do
        {
            var (items, next) = await ReadAsync(filter, after, CsvBatchSize, ct);
            foreach (var item in items)
            {
                await writer.WriteAsync(CallHistoryCsv.Line(item).AsMemory(), ct);
            }

            after = next;
        }
        while (after is not null);

        await writer.FlushAsync(ct);
    }

    private async Task<(List<CallHistoryItem> Items, CallHistoryCursor? Next)> ReadAsync(
        CallHistoryFilter filter, CallHistoryCursor? after, int limit, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await PageQuery(db, filter, after, limit + 1).ToListAsync(ct);
        var items = rows.Take(limit).Select(ToItem).ToList();
        return (items, rows.Count > limit ? CallHistoryCursor.After(items[^1]) : null);
    }

    /// <summary>The query behind a page (internal: tests read its plan).</summary>
    internal static IQueryable<Row> PageQuery(VoipDbContext db, CallHistoryFilter filter, CallHistoryCursor? after, int take)
    {
        var calls = Filtered(db, filter);
        if (after is { } cursor)
        {
            calls = calls.Where(c => c.StartedAt < cursor.StartedAt || (c.StartedAt == cursor.StartedAt && c.Id < cursor.Id));
        }

        return Project(calls.OrderByDescending(c => c.StartedAt).ThenByDescending(c => c.Id).Take(take));
    }

    private static IQueryable<Call> Filtered(VoipDbContext db, CallHistoryFilter filter)
    {
        var calls = db.Calls.AsNoTracking();
        if (!filter.Viewer.SeesEveryone)
        {
            var viewerId = filter.Viewer.UserId;
            calls = calls.Where(c => c.AgentUserId == viewerId);
        }

        if (filter.Direction is { } direction)
        {
            calls = calls.Where(c => c.Direction == direction);
        }

        if (!string.IsNullOrWhiteSpace(filter.Result))
        {
            calls = calls.Where(CallResultFilter.Predicate(filter.Result));
        }

        if (!string.IsNullOrWhiteSpace(filter.AgentUserId))
        {
            var agentId = filter.AgentUserId;
            calls = calls.Where(c => c.AgentUserId == agentId);
        }

        if (filter.TeamId is { } teamId)
        {
            calls = calls.Where(c => c.TeamId == teamId || db.Set<TeamMember>().Any(m => m.TeamId == teamId && m.UserId == c.AgentUserId));
        }

        if (filter.From is { } from)
        {
            calls = calls.Where(c => c.StartedAt >= from);
        }

        if (filter.To is { } to)
        {
            calls = calls.Where(c => c.StartedAt < to);
        }

        return Searched(calls, filter.Search);
    }

    private static IQueryable<Call> Searched(IQueryable<Call> calls, string? search)
    {
        var term = search?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(term))
        {
            return calls;
        }

        var digits = new string(term.Where(char.IsAsciiDigit).ToArray());
        return digits.Length >= 3
            ? calls.Where(c => c.From.Contains(digits) || c.To.Contains(digits))
            : calls.Where(c => (c.Contact != null && (c.Contact.FirstName + " " + c.Contact.LastName).ToLower().Contains(term))
                || (c.Lead != null && c.Lead.ContactPerson.ToLower().Contains(term))
                || (c.Agent != null && c.Agent.DisplayName.ToLower().Contains(term)));
    }

    private static IQueryable<Row> Project(IQueryable<Call> calls) => calls.Select(c => new Row
    {
        Call = c,
        AgentName = c.Agent != null ? c.Agent.DisplayName : null,
        ContactName = c.Contact != null ? c.Contact.FirstName + " " + c.Contact.LastName : null,
        LeadName = c.Lead != null ? c.Lead.ContactPerson : null,
        TeamName = c.Team != null ? c.Team.Name : null,
        HasRecording = c.Recordings.Any(),
    });

    private CallHistoryItem ToItem(Row row)
    {
        var c = row.Call;
        return new CallHistoryItem(
            c.Id, c.CallSid, c.Direction, c.Status, c.DialStatus, CallResult.Of(c),
            c.From, CallParty.Display(phones, c.From), c.To, CallParty.Display(phones, c.To),
            c.AgentUserId, row.AgentName, c.ContactId, row.ContactName, c.LeadId, row.LeadName,
            c.StartedAt, c.AnsweredAt, c.EndedAt, c.DurationSeconds, row.HasRecording, c.Outcome, c.Notes);
    }

    internal sealed class Row
    {
        public required Call Call { get; init; }

        public string? AgentName { get; init; }

        public string? ContactName { get; init; }

        public string? LeadName { get; init; }

        public string? TeamName { get; init; }

        public bool HasRecording { get; init; }
    }
}

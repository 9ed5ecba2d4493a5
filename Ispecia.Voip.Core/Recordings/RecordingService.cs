using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.History;
using Ispecia.Voip.Core.Twilio;

namespace Ispecia.Voip.Core.Recordings;

/// <summary>
/// Recordings for the REST API and the admin Recordings page: the filtered list, the file behind one recording for
/// playback, and deletion (at Twilio first, then here). Agents see only recordings of their own calls.
/// </summary>
public sealed class RecordingService(
    IDbContextFactory<VoipDbContext> dbFactory, PhoneNumberService phones, TwilioApi twilio, TimeProvider clock)
{
    /// <summary>Newest first unless <see cref="PageQuery.SortBy"/> is "duration"; search matches names and numbers.</summary>
    public async Task<PagedResult<RecordingRow>> ListAsync(RecordingFilter filter, PageQuery page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var recordings = Searched(Filtered(db, filter), page);
        var total = await recordings.CountAsync(ct);
        var sorted = string.Equals(page.SortBy, "duration", StringComparison.OrdinalIgnoreCase)
            ? (page.Descending ? recordings.OrderByDescending(r => r.DurationSeconds) : recordings.OrderBy(r => r.DurationSeconds))
            : (page.SortBy is null || page.Descending ? recordings.OrderByDescending(r => r.CreatedAt) : recordings.OrderBy(r => r.CreatedAt));
        var rows = await sorted.ThenByDescending(r => r.Id).Skip(page.Skip).Take(page.Take)
            .Select(r => new
            {
                r.Id, r.CallId, r.CreatedAt, r.Call!.Direction, r.Call.AgentUserId,
                AgentName = r.Call.Agent != null ? r.Call.Agent.DisplayName : null,
                r.Call.ContactId,
                ContactName = r.Call.Contact != null ? r.Call.Contact.FirstName + " " + r.Call.Contact.LastName : null,
                r.Call.LeadId,
                LeadName = r.Call.Lead != null ? r.Call.Lead.ContactPerson : null,
                r.Call.From, r.Call.To, r.DurationSeconds, r.Channels, r.IsVoicemail,
            })
            .ToListAsync(ct);
        return new PagedResult<RecordingRow>(
            [.. rows.Select(r => new RecordingRow(r.Id, r.CallId, r.CreatedAt, r.Direction, r.AgentUserId, r.AgentName,
                r.ContactId, r.ContactName, r.LeadId, r.LeadName, r.From, CallParty.Display(phones, r.From), r.To, CallParty.Display(phones, r.To),
                r.DurationSeconds, r.Channels, r.IsVoicemail))],
            total);
    }

    /// <summary>The recording's file for playback; null when it does not exist or the viewer may not hear it.</summary>
    public async Task<RecordingFile?> FindFileAsync(CallViewer viewer, int recordingId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Filtered(db, new RecordingFilter(viewer))
            .Where(r => r.Id == recordingId)
            .Select(r => new RecordingFile(r.Id, r.RecordingSid, r.CallId, r.Call!.StartedAt))
            .FirstOrDefaultAsync(ct);
    }

    /// <summary>
    /// Deletes the recording at Twilio (one Twilio no longer has counts as deleted), then here, and notes it on the
    /// call's timeline. False when there is no such recording.
    /// </summary>
    /// <exception cref="Twilio.Exceptions.ApiException">Twilio refused for another reason; nothing was deleted here.</exception>
    public async Task<bool> DeleteAsync(int recordingId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var recording = await db.Recordings.FirstOrDefaultAsync(r => r.Id == recordingId, ct);
        if (recording is null)
        {
            return false;
        }

        try
        {
            await twilio.DeleteRecordingAsync(recording.RecordingSid, ct);
        }
        catch (Exception e) when (TwilioFailure.IsNotFound(e))
        {
            // Already gone at Twilio (deleted there, or by an earlier attempt that failed before the row went).
        }

        db.Recordings.Remove(recording);
        db.CallEvents.Add(new CallEvent
        {
            CallId = recording.CallId,
            At = clock.GetUtcNow().UtcDateTime,
            Kind = "recording-deleted",
            Detail = $"Recording deleted ({recording.DurationSeconds} s)",
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone else deleted it meanwhile: the outcome is the same.
        }

        return true;
    }

    private static IQueryable<Recording> Filtered(VoipDbContext db, RecordingFilter filter)
    {
        var recordings = db.Recordings.AsNoTracking();
        if (!filter.Viewer.SeesEveryone)
        {
            var viewerId = filter.Viewer.UserId;
            recordings = recordings.Where(r => r.Call!.AgentUserId == viewerId);
        }

        if (filter.Direction is { } direction)
        {
            recordings = recordings.Where(r => r.Call!.Direction == direction);
        }

        if (!string.IsNullOrWhiteSpace(filter.AgentUserId))
        {
            var agentId = filter.AgentUserId;
            recordings = recordings.Where(r => r.Call!.AgentUserId == agentId);
        }

        if (filter.From is { } from)
        {
            recordings = recordings.Where(r => r.CreatedAt >= from);
        }

        if (filter.To is { } to)
        {
            recordings = recordings.Where(r => r.CreatedAt < to);
        }

        return recordings;
    }

    private static IQueryable<Recording> Searched(IQueryable<Recording> recordings, PageQuery page)
    {
        if (page.Digits is { } digits)
        {
            return recordings.Where(r => r.Call!.From.Contains(digits) || r.Call.To.Contains(digits));
        }

        if (page.Term is not { } term)
        {
            return recordings;
        }

        return recordings.Where(r => (r.Call!.Contact != null && (r.Call.Contact.FirstName + " " + r.Call.Contact.LastName).ToLower().Contains(term))
            || (r.Call.Lead != null && r.Call.Lead.ContactPerson.ToLower().Contains(term))
            || (r.Call.Agent != null && r.Call.Agent.DisplayName.ToLower().Contains(term)));
    }
}

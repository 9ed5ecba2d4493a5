using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Core.Teams;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>Small helpers shared by the webhook handlers: find-or-create by CallSid, timeline entries, audiences.</summary>
public static class CallRows
{
    // Every webhook runs these: compiled once, they skip building and matching the LINQ expression per call.
    private static readonly PerModelQuery<Func<VoipDbContext, string, CancellationToken, Task<Call?>>> BySid = new(() =>
        EF.CompileAsyncQuery((VoipDbContext db, string callSid, CancellationToken ct) => db.Set<Call>().FirstOrDefault(c => c.CallSid == callSid)));

    private static readonly PerModelQuery<Func<VoipDbContext, int, IAsyncEnumerable<string>>> TeamMemberIds = new(() =>
        EF.CompileAsyncQuery((VoipDbContext db, int teamId) => db.Set<TeamMember>().Where(m => m.TeamId == teamId).Select(m => m.UserId)));

    /// <summary>A callback can arrive before the voice webhook finished: an unknown CallSid gets a new row.</summary>
    public static async Task<Call> FindOrAddAsync(VoipDbContext db, string callSid, TimeProvider clock, CancellationToken ct)
    {
        var call = await BySid.For(db)(db, callSid, ct);
        return call ?? Add(db, callSid, clock);
    }

    /// <summary>A new row for a CallSid no row has.</summary>
    public static Call Add(VoipDbContext db, string callSid, TimeProvider clock)
    {
        var call = new Call { CallSid = callSid, StartedAt = clock.GetUtcNow().UtcDateTime, Status = CallStatus.Initiated };
        db.Calls.Add(call);
        return call;
    }

    public static void AddEvent(VoipDbContext db, Call call, string kind, string? detail, TimeProvider clock, CallStatus? status = null, int? sequence = null) =>
        db.CallEvents.Add(new CallEvent
        {
            Call = call,
            At = clock.GetUtcNow().UtcDateTime,
            Kind = kind,
            Status = status,
            SequenceNumber = sequence,
            Detail = detail is null ? null : TextCut.ToLength(detail, CallEvent.DetailMaxLength),
        });

    /// <summary>An inbound call that was meant for agents and ended without any of them answering.</summary>
    public static bool ComputeMissed(Call call) =>
        call.Direction == CallDirection.Inbound
        && TwilioCallStatus.IsTerminal(call.Status)
        && (call.AgentUserId is not null || call.TeamId is not null)
        && call.DialStatus != CallStatus.Completed;

    public static CallUpdatedEvent ToUpdate(Call call) =>
        new(call.Id, call.CallSid, call.Direction, call.Status, call.DialStatus, call.DurationSeconds, call.IsMissed, call.HasVoicemail);

    /// <summary>The agents a call concerns: its agent, else the members of its team.</summary>
    public static async Task<IReadOnlyCollection<string>> AudienceAsync(VoipDbContext db, Call call, CancellationToken ct)
    {
        if (call.AgentUserId is { } agent)
        {
            return [agent];
        }

        return call.TeamId is { } teamId
            ? await TeamMemberIds.For(db)(db, teamId).ToListAsync(ct)
            : [];
    }

    /// <summary>
    /// Runs one short transaction again when another webhook for the same call won a race (Twilio sends them
    /// concurrently): the work re-reads the row and decides again.
    /// </summary>
    public static async Task<T> RetryOnConflictAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work();
            }
            catch (DbUpdateException ex) when (attempt < 8 && IsRetryable(ex))
            {
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
        }
    }

    /// <summary>
    /// A unique constraint (two first callbacks for one CallSid), a concurrency conflict, or a foreign key (a contact
    /// or lead deleted between the check and the save; the retry no longer finds it): worth a retry.
    /// </summary>
    public static bool IsRetryable(DbUpdateException exception) =>
        exception is DbUpdateConcurrencyException
        || exception.InnerException?.Message.Contains("UNIQUE", StringComparison.OrdinalIgnoreCase) == true
        || exception.InnerException?.Message.Contains("duplicate key", StringComparison.OrdinalIgnoreCase) == true
        || exception.InnerException?.Message.Contains("FOREIGN KEY", StringComparison.OrdinalIgnoreCase) == true
        || exception.InnerException?.Message.Contains("violates foreign key", StringComparison.OrdinalIgnoreCase) == true;
}

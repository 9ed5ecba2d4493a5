using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Core.Calls.Outbound;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// POST /voip/webhook/twilio/status. Twilio may deliver callbacks late, twice or out of order: each is kept on the
/// timeline, but it changes the call only when its SequenceNumber is newer, and a finished call never reopens.
/// </summary>
public sealed class StatusCallbackHandler(IDbContextFactory<VoipDbContext> dbFactory, ICallNotifier notifier, TimeProvider clock)
{
    private const int MaxAttempts = 8;

    public async Task HandleAsync(StatusCallbackRequest request, int? callIdHint, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await ApplyOnceAsync(request, callIdHint, ct);
                return;
            }
            catch (DbUpdateException ex) when (attempt < MaxAttempts && CallRows.IsRetryable(ex))
            {
                // Another callback for the same call won the race: read the row again and decide again.
                await Task.Delay(Random.Shared.Next(5, 20 * attempt), ct);
            }
        }
    }

    /// <summary>Whether a callback moves the call forward (pure, for tests).</summary>
    public static bool ShouldApply(Call call, CallStatus status, int? sequence)
    {
        if (TwilioCallStatus.IsTerminal(call.Status) && !TwilioCallStatus.IsTerminal(status))
        {
            return false;
        }

        return sequence is { } seq
            ? seq > call.LastSequenceNumber
            : TwilioCallStatus.Progress(status) > TwilioCallStatus.Progress(call.Status);
    }

    private async Task ApplyOnceAsync(StatusCallbackRequest request, int? callIdHint, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var call = callIdHint is { } id
            ? await FindOrAdoptAsync(db, request.CallSid, id, ct)
            : await CallRows.FindOrAddAsync(db, request.CallSid, clock, ct);
        if (call.Id == 0)
        {
            FillFromCallback(call, request);
        }

        var apply = ShouldApply(call, request.Status, request.SequenceNumber);
        var word = TwilioCallStatus.ToWord(request.Status);
        CallRows.AddEvent(db, call, "status", apply ? word : $"{word} (late or repeated; ignored)", clock, request.Status, request.SequenceNumber);
        var wasMissed = call.IsMissed;
        if (apply)
        {
            Apply(call, request);
        }

        await db.SaveChangesAsync(ct);
        if (!apply)
        {
            return;
        }

        var audience = await CallRows.AudienceAsync(db, call, ct);
        await notifier.CallUpdatedAsync(audience, CallRows.ToUpdate(call));
        if (call.IsMissed && !wasMissed)
        {
            await notifier.MissedCallAsync(audience, new MissedCallEvent(call.Id, call.From, call.From, null, call.HasVoicemail));
        }
    }

    private void Apply(Call call, StatusCallbackRequest request)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        call.Status = request.Status;
        call.LastSequenceNumber = Math.Max(call.LastSequenceNumber, request.SequenceNumber ?? call.LastSequenceNumber);
        if (request.Status == CallStatus.InProgress && call.Direction == CallDirection.Outbound)
        {
            call.AnsweredAt ??= now;
        }

        if (TwilioCallStatus.IsTerminal(request.Status))
        {
            call.EndedAt ??= now;
            call.DurationSeconds = request.CallDuration ?? call.DurationSeconds;
            call.IsMissed = CallRows.ComputeMissed(call);
        }
    }

    private static void FillFromCallback(Call call, StatusCallbackRequest request)
    {
        call.From = request.From ?? "";
        call.To = request.To ?? "";
        call.ParentCallSid = request.ParentCallSid;
        call.Direction = request.From?.StartsWith("client:", StringComparison.OrdinalIgnoreCase) == true
            || request.Direction?.StartsWith("outbound", StringComparison.OrdinalIgnoreCase) == true
            ? CallDirection.Outbound
            : CallDirection.Inbound;
    }

    /// <summary>
    /// A server-initiated call is stored before Twilio names it: while no row has the CallSid, its first callback
    /// gives the placeholder row <paramref name="callId"/> the CallSid. One query reads both candidates.
    /// </summary>
    private async Task<Call> FindOrAdoptAsync(VoipDbContext db, string callSid, int callId, CancellationToken ct)
    {
        var candidates = await db.Calls
            .Where(c => c.CallSid == callSid || (c.Id == callId && c.CallSid.StartsWith(OutboundCallStarter.PlaceholderPrefix)))
            .ToListAsync(ct);
        var call = candidates.FirstOrDefault(c => c.CallSid == callSid) ?? candidates.FirstOrDefault();
        if (call is null)
        {
            return CallRows.Add(db, callSid, clock);
        }

        call.CallSid = callSid;
        return call;
    }
}

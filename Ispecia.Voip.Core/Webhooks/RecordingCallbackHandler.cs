using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Core.Recordings;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>POST /voip/webhook/twilio/recording: a conversation recording or a voicemail is ready at Twilio.</summary>
public sealed class RecordingCallbackHandler(IDbContextFactory<VoipDbContext> dbFactory, ICallNotifier notifier, TimeProvider clock)
{
    public Task HandleAsync(RecordingCallbackRequest request, CancellationToken ct) =>
        CallRows.RetryOnConflictAsync(async () => { await HandleOnceAsync(request, ct); return true; }, ct);

    private async Task HandleOnceAsync(RecordingCallbackRequest request, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var call = await CallRows.FindOrAddAsync(db, request.CallSid, clock, ct);
        var completed = string.Equals(request.Status, "completed", StringComparison.OrdinalIgnoreCase);
        CallRows.AddEvent(db, call, "recording", $"Recording {request.Status.ToLowerInvariant()} ({request.DurationSeconds} s)", clock);
        Recording? recording = null;
        if (completed)
        {
            recording = await db.Recordings.FirstOrDefaultAsync(r => r.RecordingSid == request.RecordingSid, ct);
            if (recording is null)
            {
                recording = new Recording { RecordingSid = request.RecordingSid, Call = call, CreatedAt = clock.GetUtcNow().UtcDateTime };
                db.Recordings.Add(recording);
            }

            recording.DurationSeconds = request.DurationSeconds;
            recording.Channels = request.Channels;
            recording.Status = "completed";
            recording.IsVoicemail = string.Equals(request.Source, "RecordVerb", StringComparison.OrdinalIgnoreCase);
            call.HasVoicemail |= recording.IsVoicemail;
        }

        await db.SaveChangesAsync(ct);
        if (recording is not null)
        {
            var audience = await CallRows.AudienceAsync(db, call, ct);
            await notifier.RecordingReadyAsync(audience, new RecordingReadyEvent(recording.Id, call.Id, recording.DurationSeconds, recording.IsVoicemail));
            await notifier.CallUpdatedAsync(audience, CallRows.ToUpdate(call));
        }
    }
}

using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Twilio;
using Ispecia.Voip.Core.Webhooks;
using Twilio.Exceptions;

namespace Ispecia.Voip.Core.CallControl;

/// <summary>
/// A call's conference: found by its name, or made on first use (ADR-020). Moving updates the Dial's child leg with the
/// room's TwiML, which takes it out of the bridge alive; the parent's Dial then ends and its action (DialActionHandler)
/// answers with the same room. The agent's browser keeps its connection: nobody is rung again.
/// </summary>
public sealed class CallConference(IDbContextFactory<VoipDbContext> dbFactory, TwilioApi twilio, IOptions<VoipOptions> voip, TimeProvider clock)
{
    private static readonly TimeSpan JoinTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(150);

    public async Task<LiveConference?> FindAsync(int callId, CancellationToken ct)
    {
        var room = await twilio.FindLiveConferenceAsync(ConferenceTwiml.RoomName(callId), ct);
        return room is null ? null : new LiveConference(room.Sid, await twilio.ListParticipantsAsync(room.Sid, ct));
    }

    /// <summary>The call's room with both legs in it, moving them there first if need be; or why not.</summary>
    public async Task<(LiveConference? Room, string? Error)> EnsureAsync(Call call, WebhookUrls urls, CancellationToken ct)
    {
        if (await FindAsync(call.Id, ct) is { } live)
        {
            return (live, null);
        }

        if (call.Status != CallStatus.InProgress || call.EndedAt is not null)
        {
            return (null, "The call is not connected, so it cannot be held or transferred.");
        }

        var child = (await twilio.ListChildCallsAsync(call.CallSid, ct)).FirstOrDefault();
        if (child is null)
        {
            return (null, "The call is not connected to anyone yet, so it cannot be held or transferred.");
        }

        var childLabel = call.Direction == CallDirection.Inbound ? ConferenceTwiml.AgentPrefix + await IdentityAsync(call.AgentUserId, ct) : ConferenceTwiml.CustomerLabel;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            db.CallEvents.Add(new CallEvent
            {
                CallId = call.Id, At = clock.GetUtcNow().UtcDateTime, Kind = ConferenceTwiml.MovingKind,
                Detail = $"Moved into conference {ConferenceTwiml.RoomName(call.Id)} for call control",
            });
            await db.SaveChangesAsync(ct);
        }

        try
        {
            await twilio.RedirectCallAsync(child.Sid, ConferenceTwiml.Join(call.Id, childLabel, urls, voip.Value.Recording == RecordingPolicy.All), ct);
        }
        catch (ApiException ex)
        {
            return (null, $"Twilio refused to move the call: {ex.Message}");
        }

        return await WaitForBothAsync(call.Id, ct);
    }

    private async Task<(LiveConference? Room, string? Error)> WaitForBothAsync(int callId, CancellationToken ct)
    {
        var deadline = clock.GetUtcNow() + JoinTimeout;
        while (clock.GetUtcNow() < deadline)
        {
            if (await FindAsync(callId, ct) is { } room && room.Participants.Count(LiveConference.IsConnected) >= 2)
            {
                return (room, null);
            }

            // Twilio tells the joins by webhook; the action waits for them here, a few tenths of a second.
            await Task.Delay(PollEvery, clock, ct);
        }

        return (null, "The call could not be moved into a conference in time. Try again.");
    }

    private async Task<string> IdentityAsync(string? userId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.VoipAccounts.Where(a => a.UserId == userId).Select(a => a.Identity).FirstOrDefaultAsync(ct) ?? "unknown";
    }
}

using Ispecia.Voip.Core.Queues;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>The TwiML of queues (ADR-018): join, wait, take the front caller.</summary>
public static class QueueTwiml
{
    /// <summary>How long a take waits for a caller when the queue has just emptied (Twilio waits the Dial's timeout).</summary>
    public const int TakeTimeoutSeconds = 5;

    public const string GoodbyeMessage = "Nobody can take your call right now. Goodbye.";

    /// <summary>Puts the caller of call <paramref name="callId"/> in the queue.</summary>
    public static string Enqueue(int queueId, int callId, WebhookUrls urls) =>
        new VoiceResponse()
            .Enqueue(CallQueue.TwilioNameFor(queueId), action: new Uri(urls.QueueResult(queueId, callId)), waitUrl: new Uri(urls.QueueWait(queueId, callId)))
            .ToString();

    /// <summary>One round of waiting: an optional announcement, then one clip of hold music; Twilio asks again after it.</summary>
    public static string Wait(string? announcement, string holdMusicUrl)
    {
        var response = new VoiceResponse();
        if (announcement is not null)
        {
            response.Say(announcement);
        }

        return response.Play(new Uri(holdMusicUrl)).ToString();
    }

    public static string Leave() => new VoiceResponse().Leave().ToString();

    /// <summary>The agent's leg takes the caller at the front of the queue; the bridged URL records who took whom.</summary>
    public static string TakeFront(int queueId, string agentUserId, WebhookUrls urls, string? action) =>
        new VoiceResponse()
            .Append(new Dial(timeout: TakeTimeoutSeconds, action: action is null ? null : new Uri(action))
                .Queue(CallQueue.TwilioNameFor(queueId), url: new Uri(urls.QueueBridged(queueId, agentUserId))))
            .ToString();

    /// <summary>"You are caller number 2. The expected wait is about 3 minutes."</summary>
    public static string Announcement(int position, int? expectedWaitSeconds)
    {
        var text = $"You are caller number {position}.";
        if (expectedWaitSeconds is > 0 and var seconds)
        {
            var minutes = Math.Max(1, (int)Math.Round(seconds / 60.0));
            text += $" The expected wait is about {minutes} {(minutes == 1 ? "minute" : "minutes")}.";
        }

        return text + " Please stay on the line.";
    }
}

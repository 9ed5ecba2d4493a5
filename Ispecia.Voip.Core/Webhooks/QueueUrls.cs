namespace Ispecia.Voip.Core.Webhooks;

/// <summary>The queue callbacks Twilio is told about, beside the other <see cref="WebhookUrls"/>.</summary>
public static class QueueUrls
{
    public const string Prefix = WebhookUrls.Prefix + "/queue";

    extension(WebhookUrls urls)
    {
        /// <summary>The Enqueue's waitUrl: hold music, announcements, and &lt;Leave/&gt; when the caller must move on.</summary>
        public string QueueWait(int queueId, int callId) => $"{urls.BaseUrl}{Prefix}/wait?queueId={queueId}&callId={callId}";

        /// <summary>The Enqueue's action: how the wait ended (QueueResult), and what the caller does next.</summary>
        public string QueueResult(int queueId, int callId) => $"{urls.BaseUrl}{Prefix}/result?queueId={queueId}&callId={callId}";

        /// <summary>The Queue noun's url: run on the caller's side as an agent takes them, so the app learns who took whom.</summary>
        public string QueueBridged(int queueId, string agentUserId) => $"{urls.BaseUrl}{Prefix}/bridged?queueId={queueId}&agent={Uri.EscapeDataString(agentUserId)}";

        /// <summary>The TwiML a member's rung leg runs when they answer: take the front caller.</summary>
        public string QueueOffer(int queueId, string agentUserId) => $"{urls.BaseUrl}{Prefix}/offer?queueId={queueId}&agent={Uri.EscapeDataString(agentUserId)}";

        /// <summary>Progress of a member's rung leg: when it ends unanswered the next member is rung.</summary>
        public string QueueOfferStatus(int queueId, int callId, string agentUserId) =>
            $"{urls.BaseUrl}{Prefix}/offer-status?queueId={queueId}&callId={callId}&agent={Uri.EscapeDataString(agentUserId)}";
    }
}

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>The waitUrl request: the caller <paramref name="CallSid"/> (call row <paramref name="CallId"/>) waits in queue <paramref name="QueueId"/>.</summary>
public sealed record QueueWaitRequest(int QueueId, int CallId, string CallSid, string? QueueSid);

/// <summary>The Enqueue action: how the caller's wait ended.</summary>
/// <param name="QueueResult">Twilio's word: bridged, leave, hangup, redirected, queue-full, error, system-error.</param>
public sealed record QueueResultRequest(int QueueId, int CallId, string CallSid, string QueueResult, int? QueueTime);

/// <summary>The Queue noun's url: <paramref name="AgentUserId"/>'s leg <paramref name="DequeingCallSid"/> takes caller <paramref name="CallSid"/>.</summary>
public sealed record QueueBridgedRequest(int QueueId, string AgentUserId, string CallSid, string? DequeingCallSid, int? QueueTime);

/// <summary>Progress of the leg that rings a member for the front caller of a queue.</summary>
public sealed record QueueOfferStatusRequest(int QueueId, int CallId, string AgentUserId, string CallSid, Calls.CallStatus Status);

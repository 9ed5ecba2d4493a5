namespace Ispecia.Voip.Core.Calls;

/// <summary>The one word lists show for a call: what happened, from the agent's point of view.</summary>
public static class CallResult
{
    public const string Completed = "completed";
    public const string Missed = "missed";
    public const string Voicemail = "voicemail";
    public const string Busy = "busy";
    public const string NoAnswer = "no-answer";
    public const string Failed = "failed";
    public const string Canceled = "canceled";
    public const string InProgress = "in-progress";
    public const string Ringing = "ringing";

    /// <summary>
    /// For outbound calls the dialled leg's status is the truth (the browser leg "completes" even when the number was
    /// busy); an inbound call nobody answered is missed, or voicemail when the caller left a message.
    /// </summary>
    public static string Of(CallDirection direction, CallStatus status, CallStatus? dialStatus, bool isMissed, bool hasVoicemail)
    {
        if (direction == CallDirection.Inbound && isMissed)
        {
            return hasVoicemail ? Voicemail : Missed;
        }

        var effective = direction == CallDirection.Outbound && dialStatus is { } dial && dial != CallStatus.Completed ? dial : status;
        return effective switch
        {
            CallStatus.Queued or CallStatus.Initiated or CallStatus.Ringing => Ringing,
            CallStatus.InProgress => InProgress,
            CallStatus.Busy => Busy,
            CallStatus.NoAnswer => NoAnswer,
            CallStatus.Failed => Failed,
            CallStatus.Canceled => Canceled,
            _ => Completed,
        };
    }

    public static string Of(Call call) => Of(call.Direction, call.Status, call.DialStatus, call.IsMissed, call.HasVoicemail);
}

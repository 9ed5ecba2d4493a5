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
    public static CallResultKind KindOf(CallDirection direction, CallStatus status, CallStatus? dialStatus, bool isMissed, bool hasVoicemail)
    {
        if (direction == CallDirection.Inbound && isMissed)
        {
            return hasVoicemail ? CallResultKind.Voicemail : CallResultKind.Missed;
        }

        var effective = direction == CallDirection.Outbound && dialStatus is { } dial && dial != CallStatus.Completed ? dial : status;
        return effective switch
        {
            CallStatus.Queued or CallStatus.Initiated or CallStatus.Ringing => CallResultKind.Ringing,
            CallStatus.InProgress => CallResultKind.InProgress,
            CallStatus.Busy => CallResultKind.Busy,
            CallStatus.NoAnswer => CallResultKind.NoAnswer,
            CallStatus.Failed => CallResultKind.Failed,
            CallStatus.Canceled => CallResultKind.Canceled,
            _ => CallResultKind.Completed,
        };
    }

    public static string Of(CallDirection direction, CallStatus status, CallStatus? dialStatus, bool isMissed, bool hasVoicemail) =>
        Word(KindOf(direction, status, dialStatus, isMissed, hasVoicemail));

    public static string Of(Call call) => Of(call.Direction, call.Status, call.DialStatus, call.IsMissed, call.HasVoicemail);

    public static string Word(CallResultKind kind) => kind switch
    {
        CallResultKind.Missed => Missed,
        CallResultKind.Voicemail => Voicemail,
        CallResultKind.Busy => Busy,
        CallResultKind.NoAnswer => NoAnswer,
        CallResultKind.Failed => Failed,
        CallResultKind.Canceled => Canceled,
        CallResultKind.InProgress => InProgress,
        CallResultKind.Ringing => Ringing,
        _ => Completed,
    };
}

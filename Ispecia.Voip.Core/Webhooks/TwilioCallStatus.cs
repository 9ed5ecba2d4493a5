using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>Twilio's call status words (queued, ringing, in-progress, no-answer...) and their order.</summary>
public static class TwilioCallStatus
{
    private static readonly Dictionary<string, CallStatus> ByWord = new(StringComparer.OrdinalIgnoreCase)
    {
        ["queued"] = CallStatus.Queued,
        ["initiated"] = CallStatus.Initiated,
        ["ringing"] = CallStatus.Ringing,
        ["in-progress"] = CallStatus.InProgress,
        ["answered"] = CallStatus.InProgress,
        ["completed"] = CallStatus.Completed,
        ["busy"] = CallStatus.Busy,
        ["no-answer"] = CallStatus.NoAnswer,
        ["failed"] = CallStatus.Failed,
        ["canceled"] = CallStatus.Canceled,
    };

    public static bool TryParse(string? word, out CallStatus status) => ByWord.TryGetValue(word ?? "", out status);

    public static string ToWord(CallStatus status) => status switch
    {
        CallStatus.InProgress => "in-progress",
        CallStatus.NoAnswer => "no-answer",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>Completed, busy, no-answer, failed and canceled: the call is over and stays over.</summary>
    public static bool IsTerminal(CallStatus status) => status >= CallStatus.Completed;

    /// <summary>How far along a call is; a callback never moves a call backwards.</summary>
    public static int Progress(CallStatus status) => IsTerminal(status) ? 100 : (int)status;
}

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>How a server-initiated call request ended: started (with the call id), or why not.</summary>
public sealed record OutboundStartResult(OutboundStartStatus Status, int? CallId, string? Message)
{
    public static OutboundStartResult Started(int callId) => new(OutboundStartStatus.Started, callId, null);

    public static OutboundStartResult Forbidden(string message) => new(OutboundStartStatus.Forbidden, null, message);

    public static OutboundStartResult Invalid(string message) => new(OutboundStartStatus.Invalid, null, message);

    public static OutboundStartResult Unavailable(int callId, string message) => new(OutboundStartStatus.Unavailable, callId, message);
}

public enum OutboundStartStatus
{
    Started,
    Forbidden,
    Invalid,
    Unavailable,
}

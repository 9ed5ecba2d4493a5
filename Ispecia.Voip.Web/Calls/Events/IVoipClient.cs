using Ispecia.Voip.Core.Calls.Events;

namespace Ispecia.Voip.Web.Calls.Events;

/// <summary>What the server pushes to browsers (docs/architecture.md section 8). Client methods only.</summary>
public interface IVoipClient
{
    Task IncomingCall(IncomingCallEvent incoming);

    Task CallUpdated(CallUpdatedEvent update);

    Task MissedCall(MissedCallEvent missed);

    Task RecordingReady(RecordingReadyEvent recording);
}

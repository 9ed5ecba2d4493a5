namespace Ispecia.Voip.Core.Simulator.Signaling;

/// <summary>One call as one signalling connection knows it: the leg, which way it goes, and what the SDK has been told.</summary>
internal sealed class SignalingCall(string callSid, bool outgoing)
{
    public string CallSid { get; } = callSid;

    public bool Outgoing { get; } = outgoing;

    /// <summary>For an outgoing call, the SDK's temporary id ("TJS…") until the SDK hears the real CallSid.</summary>
    public string? SdkTemporaryId { get; init; }

    /// <summary>The far end's SDP: its answer to the SDK's offer (outgoing) or its offer (incoming).</summary>
    public string? FarEndSdp { get; set; }

    /// <summary>The SDK has seen this CallSid (ringing or answer sent, or it was the incoming invite's).</summary>
    public bool SdkKnowsSid { get; set; }

    /// <summary>This connection accepted the incoming call, or its outgoing call was answered.</summary>
    public bool Answered { get; set; }

    /// <summary>When the far end's level report was last written to the simulator log, and whether it was silence.</summary>
    public (DateTimeOffset At, bool Silent)? LastLevelLogged { get; set; }

    /// <summary>The id the SDK matches this call's frames by.</summary>
    public string SdkId => SdkKnowsSid || SdkTemporaryId is null ? CallSid : SdkTemporaryId;

    /// <summary>The far end keys its peer by the id it was first asked about: the SDK's temporary id for an outgoing call.</summary>
    public string FarEndKey => SdkTemporaryId ?? CallSid;
}

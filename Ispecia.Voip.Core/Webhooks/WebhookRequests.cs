using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>The voice webhook: a new call leg asks what to do.</summary>
/// <param name="Direction">Twilio's word: inbound (PSTN or browser leg), outbound-api, outbound-dial.</param>
/// <param name="Parameters">Custom parameters the browser passed to device.connect (To, contactId, leadId...).</param>
public sealed record VoiceRequest(
    string CallSid,
    string From,
    string To,
    string? Direction,
    IReadOnlyDictionary<string, string> Parameters);

/// <summary>A call-progress callback.</summary>
public sealed record StatusCallbackRequest(
    string CallSid,
    CallStatus Status,
    int? SequenceNumber,
    int? CallDuration,
    string? From,
    string? To,
    string? Direction,
    string? ParentCallSid,
    DateTimeOffset? Timestamp);

/// <summary>The Dial verb's action callback: how the dialled leg ended.</summary>
public sealed record DialActionRequest(string CallSid, CallStatus DialCallStatus, string? DialCallSid, int? DialCallDuration);

/// <summary>A recording status callback.</summary>
/// <param name="Source">RecordVerb for voicemail, DialVerb for a recorded conversation.</param>
public sealed record RecordingCallbackRequest(
    string CallSid,
    string RecordingSid,
    string Status,
    int DurationSeconds,
    int Channels,
    string? Source);

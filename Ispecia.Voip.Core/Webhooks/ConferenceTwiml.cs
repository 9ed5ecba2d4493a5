using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// The conference a call moves into on first use of hold, transfer or add (ADR-020): one room per call, named after it,
/// and the labels that say who each participant is. The customer's leg ends the room when it leaves; agents' legs do not.
/// </summary>
public static class ConferenceTwiml
{
    /// <summary>The timeline entry written before the legs are moved: the parent's Dial action then answers with the room.</summary>
    public const string MovingKind = "conference-moving";

    public const string CustomerLabel = "customer";

    /// <summary>Agent on the call, or added to it.</summary>
    public const string AgentPrefix = "agent:";

    /// <summary>Colleague rung by a blind transfer: when they join, the call is theirs.</summary>
    public const string TransferPrefix = "transfer:";

    /// <summary>Colleague consulted while the customer holds (warm transfer).</summary>
    public const string ConsultPrefix = "consult:";

    /// <summary>External number added or transferred to.</summary>
    public const string NumberPrefix = "number:";

    public static readonly IReadOnlyList<Conference.EventEnum> Events =
        [Conference.EventEnum.Start, Conference.EventEnum.End, Conference.EventEnum.Join, Conference.EventEnum.Leave, Conference.EventEnum.Hold];

    public static string RoomName(int callId) => $"call-{callId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The identity in an agent's, transferee's or consulted colleague's label; null for the customer or a number.</summary>
    public static string? IdentityOf(string? label) =>
        label is null ? null
        : label.StartsWith(AgentPrefix, StringComparison.Ordinal) ? label[AgentPrefix.Length..]
        : label.StartsWith(TransferPrefix, StringComparison.Ordinal) ? label[TransferPrefix.Length..]
        : label.StartsWith(ConsultPrefix, StringComparison.Ordinal) ? label[ConsultPrefix.Length..]
        : null;

    /// <summary>A leg joining call <paramref name="callId"/>'s room as <paramref name="label"/>.</summary>
    public static string Join(int callId, string label, WebhookUrls urls, bool record)
    {
        var conference = new Conference(
            RoomName(callId),
            beep: Conference.BeepEnum.False,
            startConferenceOnEnter: true,
            endConferenceOnExit: label == CustomerLabel,
            record: record ? Conference.RecordEnum.RecordFromStart : null,
            statusCallbackEvent: Events,
            statusCallback: new Uri(urls.Conference(callId)),
            recordingStatusCallback: record ? new Uri(urls.ConferenceRecording(callId)) : null,
            participantLabel: label);
        return new VoiceResponse().Append(new Dial().Append(conference)).ToString();
    }

    /// <summary>What a held participant hears: the app's hold music, looped until resumed.</summary>
    public static string HoldMusic(WebhookUrls urls) => new VoiceResponse().Play(new Uri(urls.HoldMusic), loop: 0).ToString();
}

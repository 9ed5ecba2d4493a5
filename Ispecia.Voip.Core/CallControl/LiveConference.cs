using Ispecia.Voip.Core.Webhooks;
using Twilio.Rest.Api.V2010.Account.Conference;

namespace Ispecia.Voip.Core.CallControl;

/// <summary>A call's conference at Twilio now, with its participants and who each is by label.</summary>
public sealed record LiveConference(string Sid, IReadOnlyList<ParticipantResource> Participants)
{
    public ParticipantResource? Customer => Participants.FirstOrDefault(p => p.Label == ConferenceTwiml.CustomerLabel);

    /// <summary>The leg of agent <paramref name="identity"/>: on the call, consulted, or taking a transfer.</summary>
    public ParticipantResource? OfAgent(string identity) => Participants.FirstOrDefault(p => ConferenceTwiml.IdentityOf(p.Label) == identity);

    public IEnumerable<ParticipantResource> WithPrefix(string prefix) =>
        Participants.Where(p => p.Label?.StartsWith(prefix, StringComparison.Ordinal) == true);

    public bool HasLabel(string label) => Participants.Any(p => p.Label == label);

    public static bool IsConnected(ParticipantResource participant) => participant.Status?.ToString() == "connected";
}

namespace Ispecia.Voip.Core.CallControl;

/// <summary>The call's control state now: in a conference or not, the customer held, whom the agent consults, who is on it.</summary>
public sealed record CallControlSnapshot(int CallId, bool InConference, bool CustomerOnHold, string? ConsultingWith, IReadOnlyList<CallParticipantView> Participants)
{
    public static CallControlSnapshot Plain(int callId) => new(callId, false, false, null, []);
}

namespace Ispecia.Voip.Core.CallControl;

/// <summary>One party of a call in its conference, as the softphone lists it.</summary>
/// <param name="CallSid">The party's leg: what the remove button names.</param>
/// <param name="Role">customer, agent, consult, transfer or number (the label's prefix).</param>
/// <param name="IsMe">The agent looking at the list.</param>
public sealed record CallParticipantView(string CallSid, string Name, string Role, bool OnHold, bool Connected, bool IsMe);

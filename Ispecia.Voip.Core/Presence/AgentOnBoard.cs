using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.Presence;

/// <summary>One agent as the wallboard and the transfer picker show them.</summary>
public sealed record AgentOnBoard(string UserId, string Name, string? Extension, PresenceStatus Status, DateTime Since, CallOnBoard? Call);

/// <summary>The agent's current call: with whom (the CRM name when known), which way, since when.</summary>
public sealed record CallOnBoard(int CallId, string Party, CallDirection Direction, DateTime AnsweredAt);

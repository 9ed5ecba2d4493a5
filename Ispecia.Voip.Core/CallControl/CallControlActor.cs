namespace Ispecia.Voip.Core.CallControl;

/// <summary>Who asks to control a call: the agent on it may, and so may staff (supervisors and admins).</summary>
public sealed record CallControlActor(string UserId, bool IsStaff);

namespace Ispecia.Voip.Core.Presence;

/// <summary>Today's calls on the wallboard: answered, missed (no one answered, voicemail included).</summary>
public sealed record FloorToday(int Answered, int Missed);

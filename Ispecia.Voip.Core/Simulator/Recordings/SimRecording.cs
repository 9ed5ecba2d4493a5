namespace Ispecia.Voip.Core.Simulator.Recordings;

/// <summary>A simulated recording: which call, how long, mono or dual, made by Dial or Record.</summary>
public sealed record SimRecording(string Sid, string CallSid, int DurationSeconds, int Channels, string Source, DateTimeOffset CreatedAt);

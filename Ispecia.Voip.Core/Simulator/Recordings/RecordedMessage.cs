namespace Ispecia.Voip.Core.Simulator.Recordings;

/// <summary>A caller's recorded message (the Record verb) and what Twilio adds to the verb's action request about it.</summary>
public sealed record RecordedMessage(IReadOnlyDictionary<string, string> ActionParameters, bool CallerHungUp);

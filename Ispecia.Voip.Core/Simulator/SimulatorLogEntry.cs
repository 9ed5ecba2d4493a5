namespace Ispecia.Voip.Core.Simulator;

/// <summary>One line of the simulator log; <see cref="Kind"/> is a short word such as webhook, twiml, dial or error.</summary>
public sealed record SimulatorLogEntry(DateTimeOffset At, string? CallSid, string Kind, string Message);

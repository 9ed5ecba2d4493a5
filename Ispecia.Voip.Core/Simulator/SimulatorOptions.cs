namespace Ispecia.Voip.Core.Simulator;

/// <summary>The "Simulator" section: how fast simulated time runs and which numbers the simulated account owns.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary>Multiplies every ring and scripted delay: 1 is real time, 0.05 makes tests twenty times faster.</summary>
    public double TimeScale { get; set; } = 1.0;

    /// <summary>The simulated account's phone numbers (DIDs), matching the seeded inbound routes.</summary>
    public List<string> PhoneNumbers { get; set; } = ["+14155550100", "+14155550101", "+14155550102"];

    public TimeSpan Scaled(double seconds) => TimeSpan.FromSeconds(Math.Max(0, seconds * Math.Clamp(TimeScale, 0.001, 100)));
}

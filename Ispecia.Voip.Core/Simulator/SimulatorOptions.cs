namespace Ispecia.Voip.Core.Simulator;

/// <summary>The "Simulator" section: how fast simulated time runs and which numbers the simulated account owns.</summary>
public sealed class SimulatorOptions
{
    public const string SectionName = "Simulator";

    /// <summary>Multiplies every ring and scripted delay: 1 is real time, 0.05 makes tests twenty times faster.</summary>
    public double TimeScale { get; set; } = 1.0;

    /// <summary>The numbers the simulated account owns when the configuration names none: the seeded DIDs.</summary>
    public static readonly IReadOnlyList<string> DefaultPhoneNumbers = ["+14155550100", "+14155550101", "+14155550102"];

    /// <summary>
    /// The simulated account's phone numbers (DIDs). Empty here, filled with <see cref="DefaultPhoneNumbers"/> after
    /// binding when the configuration names none: the binder appends to a list, so a default here would double up.
    /// </summary>
    public List<string> PhoneNumbers { get; set; } = [];

    public TimeSpan Scaled(double seconds) => TimeSpan.FromSeconds(Math.Max(0, seconds * Math.Clamp(TimeScale, 0.001, 100)));
}

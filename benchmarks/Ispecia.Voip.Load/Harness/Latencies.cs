namespace Ispecia.Voip.Load.Harness;

/// <summary>Latency samples in milliseconds, and their percentiles (nearest rank).</summary>
public sealed class Latencies
{
    private readonly List<double> samples = [];
    private readonly Lock gate = new();
    private double[]? sorted;

    public int Count => samples.Count;

    public void Add(double milliseconds)
    {
        lock (gate)
        {
            samples.Add(milliseconds);
            sorted = null;
        }
    }

    public static double Milliseconds(long fromTimestamp, long toTimestamp) =>
        (toTimestamp - fromTimestamp) * 1000.0 / Stopwatch.Frequency;

    public double P50 => Percentile(50);

    public double P99 => Percentile(99);

    public double Max => Percentile(100);

    public double Percentile(double percent)
    {
        lock (gate)
        {
            sorted ??= [.. samples.Order()];
        }

        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }

    public string Summary() => Count == 0 ? "no samples" : Invariant($"p50 {P50:F1} ms, p99 {P99:F1} ms, max {Max:F1} ms (n={Count})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

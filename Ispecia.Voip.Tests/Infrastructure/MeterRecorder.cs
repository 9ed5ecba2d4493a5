using System.Diagnostics.Metrics;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// Records the measurements of one instrument of one app. Meters of the same name from the other apps the tests run
/// at the same time are left out: only the app's own meter factory's instruments are listened to.
/// </summary>
public sealed class MeterRecorder : IDisposable
{
    private readonly MeterListener listener = new();
    private readonly ConcurrentQueue<(double Value, IReadOnlyDictionary<string, string?> Tags)> measurements = new();

    public MeterRecorder(IServiceProvider app, string instrumentName)
    {
        var scope = app.GetRequiredService<IMeterFactory>();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Name == instrumentName && ReferenceEquals(instrument.Meter.Scope, scope))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => Add(value, tags));
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) => Add(value, tags));
        listener.Start();
    }

    public IReadOnlyList<(double Value, IReadOnlyDictionary<string, string?> Tags)> Measurements => [.. measurements];

    /// <summary>Reads gauges and other observable instruments now.</summary>
    public void Observe() => listener.RecordObservableInstruments();

    private void Add(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, tag) in tags)
        {
            copy[key] = tag?.ToString();
        }

        measurements.Enqueue((value, copy));
    }

    public void Dispose() => listener.Dispose();
}

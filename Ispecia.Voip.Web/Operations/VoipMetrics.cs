using System.Diagnostics;
using System.Diagnostics.Metrics;
using Ispecia.Voip.Web.Calls.Events;

namespace Ispecia.Voip.Web.Operations;

/// <summary>
/// The app's own meter, "Ispecia.Voip": webhooks by type and result, their latency, live calls and open hub
/// connections, and the call events waiting to be pushed. Instruments that are read (gauges) only ask cheap sources:
/// counts in memory, and the live calls figure that <see cref="ActiveCallsCount"/> caches.
/// </summary>
public sealed class VoipMetrics
{
    public const string MeterName = "Ispecia.Voip";
    public const string WebhookTypeTag = "webhook.type";
    public const string WebhookResultTag = "webhook.result";

    private static readonly double[] LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly Counter<long> webhooks;
    private readonly Histogram<double> webhookDuration;

    public VoipMetrics(IMeterFactory meters, ActiveCallsCount activeCalls, HubConnectionsByUser hubConnections, CallEventQueue callEvents)
    {
        var meter = meters.Create(MeterName);
        webhooks = meter.CreateCounter<long>("ispecia.voip.webhooks", "{webhook}", "Twilio webhooks received, by type and result.");
        webhookDuration = meter.CreateHistogram("ispecia.voip.webhook.duration", "s", "Time to answer a Twilio webhook, signature check included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        meter.CreateObservableGauge("ispecia.voip.calls.active", () => activeCalls.Read(), "{call}",
            "Calls not yet finished, in the whole database (every instance reports the same figure).");
        meter.CreateObservableUpDownCounter("ispecia.voip.hub.connections", () => (long)hubConnections.Count, "{connection}",
            "Open /hubs/voip connections on this instance: signed-in softphones and pages receiving call events.");
        meter.CreateObservableGauge("ispecia.voip.queue.size", () => new Measurement<long>(callEvents.Count, new KeyValuePair<string, object?>("queue", "call-events")),
            "{item}", "Items waiting in a queue of the app, by queue: call events not yet pushed to browsers.");
    }

    public void WebhookAnswered(string type, string result, TimeSpan duration)
    {
        var tags = new TagList { { WebhookTypeTag, type }, { WebhookResultTag, result } };
        webhooks.Add(1, tags);
        webhookDuration.Record(duration.TotalSeconds, tags);
    }
}

using Ispecia.Voip.Core.Simulator.Protocol;

namespace Ispecia.Voip.Core.Simulator.Engine;

/// <summary>Reports a call's progress to its status callback, as Twilio's call-progress events do.</summary>
public sealed class CallProgress(WebhookSender webhooks, CallParameters parameters, SimulatorLog log)
{
    /// <summary>The leg's first answer: it is in progress from now on, and its status callback hears so once.</summary>
    public async Task MarkAnsweredAsync(SimCall call)
    {
        if (call.AnsweredAt is not null)
        {
            return;
        }

        call.AnsweredAt = log.Clock.GetUtcNow();
        call.Status = TwilioCallStatus.InProgress;
        await SendStatusAsync(call, TwilioCallStatus.InProgress);
        log.Notify();
    }

    /// <param name="duration">Seconds talked, sent with the final status only.</param>
    public async Task SendStatusAsync(SimCall call, string status, int? duration = null)
    {
        if (call.StatusCallbackUrl is null)
        {
            return;
        }

        var form = parameters.For(call, status);
        form["SequenceNumber"] = (call.NextSequence++).ToString(CultureInfo.InvariantCulture);
        form["CallbackSource"] = "call-progress-events";
        form["Timestamp"] = log.Clock.GetUtcNow().ToString("r", CultureInfo.InvariantCulture);
        if (duration is { } seconds)
        {
            form["CallDuration"] = seconds.ToString(CultureInfo.InvariantCulture);
            form["Duration"] = ((seconds + 59) / 60).ToString(CultureInfo.InvariantCulture);
        }

        await webhooks.PostAsync(call.StatusCallbackUrl, form, call.Sid, CancellationToken.None);
    }
}

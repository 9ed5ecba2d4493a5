using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.Simulator;

/// <summary>
/// The simulated Twilio Voice: places calls, asks the app for TwiML over its real webhooks, executes it, rings
/// browser devices, plays the scripted far end, records, and reports progress. State lives in memory.
/// </summary>
public sealed partial class TwilioSimulator(
    SimulatorWebhooks webhooks,
    ISimulatedDevices devices,
    RecordingStore recordings,
    SimulatorLog log,
    SimulatorCredentials credentials,
    IOptions<SimulatorOptions> options)
{
    public const string VoicePath = "/voip/webhook/twilio/voice";
    public const string StatusPath = "/voip/webhook/twilio/status";

    private readonly ConcurrentDictionary<string, SimCall> calls = new();

    public SimulatorLog Log => log;

    public IReadOnlyList<SimCall> LiveCalls => [.. calls.Values.OrderBy(c => c.StartedAt)];

    public SimCall? Find(string sid) => calls.GetValueOrDefault(sid);

    /// <summary>A call from the phone network to one of the account's numbers.</summary>
    public SimCall PlaceInboundCall(string from, string to, int? hangupAfterSeconds)
    {
        var call = Track(new SimCall { Sid = SimulatorSids.New("CA"), From = from, To = to, Direction = "inbound", StatusCallbackUrl = StatusPath });
        log.Add(call.Sid, "call", $"Inbound call from {from} to {to}");
        if (hangupAfterSeconds is { } seconds)
        {
            _ = HangupLaterAsync(call, seconds);
        }

        Run(call, ct => ExecuteFromUrlAsync(call, VoicePath, new Dictionary<string, string>(), ct));
        return call;
    }

    /// <summary>device.connect({ params }): the browser leg asks the TwiML App's Voice URL what to do.</summary>
    /// <param name="beforeStart">Told the new CallSid before the call runs, so the device's connection can follow it from the first event.</param>
    public SimCall ConnectFromDevice(string identity, string connectionId, IReadOnlyDictionary<string, string> parameters, Action<string>? beforeStart = null)
    {
        var call = Track(new SimCall
        {
            Sid = SimulatorSids.New("CA"),
            From = $"client:{identity}",
            To = parameters.GetValueOrDefault("To") ?? "",
            Direction = "inbound",
            DeviceIdentity = identity,
            DeviceConnectionId = connectionId,
            StatusCallbackUrl = StatusPath,
        });
        log.Add(call.Sid, "call", $"Browser call from {identity} to {call.To}");
        beforeStart?.Invoke(call.Sid);
        Run(call, ct => ExecuteFromUrlAsync(call, VoicePath, parameters, ct));
        return call;
    }

    /// <summary>REST create: ring <paramref name="to"/> (a client identity or a number), then run the TwiML of <paramref name="url"/>.</summary>
    public SimCall CreateCall(string to, string from, string? url, string? twiml, string? statusCallback)
    {
        var call = Track(new SimCall { Sid = SimulatorSids.New("CA"), From = from, To = to, Direction = "outbound-api", StatusCallbackUrl = statusCallback });
        log.Add(call.Sid, "call", $"REST call to {to}");
        Run(call, async ct =>
        {
            var answered = await RingTargetAsync(call, to, new Dictionary<string, string>(), TimeSpan.FromSeconds(60), ct);
            if (answered != FarEnd.Answers)
            {
                call.Status = answered;
                return;
            }

            await MarkAnsweredAsync(call);
            if (twiml is not null)
            {
                try
                {
                    await ExecuteAsync(call, Twiml.TwimlDocument.Parse(twiml).Verbs, ct);
                }
                catch (Twiml.TwimlParseException ex)
                {
                    log.Add(call.Sid, "error", $"12100 Document parse failure: {ex.Message}");
                    call.Status = "failed";
                }
            }
            else if (url is not null)
            {
                await ExecuteFromUrlAsync(call, url, new Dictionary<string, string>(), ct);
            }
        });
        return call;
    }

    /// <summary>Ends a call from the far end (or the REST API's Status=completed).</summary>
    public bool Hangup(string sid)
    {
        if (!calls.TryGetValue(sid, out var call))
        {
            return false;
        }

        log.Add(sid, "hangup", "Hung up");
        call.Hangup();
        return true;
    }

    /// <summary>A device answered or refused a leg that rang it.</summary>
    public bool DeviceAnswered(string sid, bool accepted)
    {
        if (!calls.TryGetValue(sid, out var call))
        {
            return false;
        }

        log.Add(sid, "device", accepted ? $"{call.DeviceIdentity} accepted" : $"{call.DeviceIdentity} rejected");
        return call.Answer.TrySetResult(accepted);
    }

    public void DeviceDigits(string sid, string digits)
    {
        if (calls.TryGetValue(sid, out var call))
        {
            call.DigitsReceived += digits;
            log.Add(sid, "dtmf", $"DTMF sent: {digits}");
        }
    }

    public SimRecording? Recording(string sid) => recordings.Find(sid);

    public bool DeleteRecording(string sid) => recordings.Delete(sid);

    public SimulatorCredentials Credentials => credentials;

    private SimCall Track(SimCall call)
    {
        calls[call.Sid] = call;
        log.Notify();
        return call;
    }

    private void Run(SimCall call, Func<CancellationToken, Task> flow) => _ = Task.Run(async () =>
    {
        try
        {
            await SendStatusAsync(call, "ringing");
            await flow(call.HungUp);
        }
        catch (OperationCanceledException) when (call.IsOver)
        {
            // Hung up in the middle of the flow.
        }
        catch (Exception ex) when (ex is Twiml.TwimlParseException or InvalidOperationException or HttpRequestException)
        {
            log.Add(call.Sid, "error", ex.Message);
        }
        finally
        {
            await EndAsync(call);
        }
    });

    private async Task EndAsync(SimCall call)
    {
        var wasAnswered = call.AnsweredAt is not null;
        var final = call.Status switch
        {
            "busy" or "no-answer" or "failed" or "canceled" => call.Status,
            _ when wasAnswered => "completed",
            _ => call.IsOver ? "canceled" : "completed",
        };
        var duration = call.DurationSeconds;
        call.Status = final;
        call.Hangup();
        // An outgoing browser call always ends with "disconnect"; "cancel" is for incoming calls never answered.
        await devices.EndedAsync(call, wasAnswered || call.DeviceConnectionId is not null);
        await SendStatusAsync(call, final, duration);
        calls.TryRemove(call.Sid, out _);
        log.Add(call.Sid, "call", $"Ended: {final}{(wasAnswered ? $" after {duration} s" : "")}");
    }

    private async Task MarkAnsweredAsync(SimCall call)
    {
        if (call.AnsweredAt is not null)
        {
            return;
        }

        call.AnsweredAt = DateTimeOffset.UtcNow;
        call.Status = "in-progress";
        await SendStatusAsync(call, "in-progress");
        log.Notify();
    }

    private async Task SendStatusAsync(SimCall call, string status, int? duration = null)
    {
        if (call.StatusCallbackUrl is null)
        {
            return;
        }

        var form = BaseForm(call, status);
        form["SequenceNumber"] = (call.NextSequence++).ToString(CultureInfo.InvariantCulture);
        form["CallbackSource"] = "call-progress-events";
        form["Timestamp"] = DateTimeOffset.UtcNow.ToString("r", CultureInfo.InvariantCulture);
        if (duration is { } seconds)
        {
            form["CallDuration"] = seconds.ToString(CultureInfo.InvariantCulture);
            form["Duration"] = ((seconds + 59) / 60).ToString(CultureInfo.InvariantCulture);
        }

        await webhooks.PostAsync(call.StatusCallbackUrl, form, call.Sid, CancellationToken.None);
    }

    private Dictionary<string, string> BaseForm(SimCall call, string status)
    {
        var form = new Dictionary<string, string>
        {
            ["AccountSid"] = credentials.AccountSid,
            ["ApiVersion"] = "2010-04-01",
            ["CallSid"] = call.Sid,
            ["CallStatus"] = status,
            ["Direction"] = call.Direction,
            ["From"] = call.From,
            ["To"] = call.To,
            ["Caller"] = call.From,
            ["Called"] = call.To,
        };
        if (call.ParentSid is not null)
        {
            form["ParentCallSid"] = call.ParentSid;
        }

        if (call.DeviceIdentity is not null && call.Direction == "inbound")
        {
            form["ApplicationSid"] = credentials.TwimlAppSid;
        }

        return form;
    }

    private TimeSpan Scaled(double seconds) => options.Value.Scaled(seconds);

    private async Task HangupLaterAsync(SimCall call, int seconds)
    {
        try
        {
            await Task.Delay(Scaled(seconds), call.HungUp);
            log.Add(call.Sid, "hangup", $"Caller hung up after {seconds} s");
            call.Hangup();
        }
        catch (OperationCanceledException)
        {
            // Ended before.
        }
    }
}

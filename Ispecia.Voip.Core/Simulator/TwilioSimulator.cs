using Ispecia.Voip.Core.Simulator.Conferences;
using Ispecia.Voip.Core.Simulator.Engine;
using Ispecia.Voip.Core.Simulator.Protocol;
using Ispecia.Voip.Core.Simulator.Queues;
using Ispecia.Voip.Core.Simulator.Recordings;
using Ispecia.Voip.Core.Simulator.Twiml;
using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.Simulator;

/// <summary>
/// The simulated Twilio Voice, as its REST API, signalling gateway and admin page drive it: places calls, asks the
/// app for TwiML over its real webhooks and executes it, rings browser devices, plays the scripted far end, records,
/// and reports progress. State lives in memory. The work is done by the parts in Engine, Twiml and Recordings.
/// </summary>
public sealed class TwilioSimulator
{
    public const string VoicePath = TwimlApp.VoicePath;
    public const string StatusPath = TwimlApp.StatusPath;

    private readonly CallRegistry calls;
    private readonly CallRunner runner;
    private readonly CallProgress progress;
    private readonly Ringer ringer;
    private readonly TwimlInterpreter interpreter;
    private readonly RecordingStore recordings;

    public TwilioSimulator(
        WebhookSender webhooks, ISimulatedDevices devices, RecordingStore recordings, SimulatorLog log, SimulatorCredentials credentials,
        IOptions<SimulatorOptions> options)
    {
        // The engine's parts serve this facade only: built here rather than registered, so nothing reaches around it.
        calls = new CallRegistry(log);
        var parameters = new CallParameters(credentials);
        progress = new CallProgress(webhooks, parameters, log);
        runner = new CallRunner(calls, devices, progress, log, options);
        ringer = new Ringer(devices, runner, log, options);
        var recorder = new Recorder(recordings, webhooks, progress, credentials, log, options);
        var dialler = new Dialler(calls, devices, progress, ringer, recorder, log);
        Queues = new SimQueues(log);
        var queueWaiter = new QueueWaiter(Queues, webhooks, parameters, progress, log, options);
        var queueDialler = new QueueDialler(Queues, devices, progress, log);
        var conferenceCallbacks = new ConferenceCallbacks(webhooks, recordings, credentials, log);
        Conferences = new ConferenceRooms(calls, devices, progress, ringer, runner, conferenceCallbacks, new ConferenceMix(devices, log), webhooks, parameters, log);
        interpreter = new TwimlInterpreter(webhooks, parameters, progress, dialler, recorder, Conferences, log, options, queueWaiter, queueDialler);
        this.recordings = recordings;
        Log = log;
        Credentials = credentials;
    }

    public SimulatorLog Log { get; }

    public SimulatorCredentials Credentials { get; }

    /// <summary>The account's call queues: &lt;Enqueue&gt; fills them, &lt;Dial&gt;&lt;Queue&gt; and the Queue Member resource empty them.</summary>
    public SimQueues Queues { get; }

    public IReadOnlyList<SimCall> LiveCalls => calls.Live;

    public SimCall? Find(string sid) => calls.Find(sid);

    /// <summary>The conference rooms and their participants (the Conference and Participant REST resources).</summary>
    public ConferenceRooms Conferences { get; }

    /// <summary>
    /// REST update with Twiml or Url of a live leg, with Twilio's semantics: the leg's current TwiML stops; a Dial's
    /// parent drops the leg it dialled, while a Dial's child leaves the bridge alive and the parent's Dial ends
    /// (its action URL is requested). False for a leg that is not live.
    /// </summary>
    public bool UpdateCall(string sid, string? url, string? twiml)
    {
        if (calls.Find(sid) is not { IsOver: false } call)
        {
            return false;
        }

        Log.Add(sid, "update", call.ParentSid is null ? "REST update: the call runs new TwiML" : "REST update: the dialled leg leaves its bridge for new TwiML");
        call.Redirect(twiml is not null
            ? ct => interpreter.ExecuteInlineAsync(call, twiml, ct)
            : ct => interpreter.ExecuteFromUrlAsync(call, url!, new Dictionary<string, string>(), ct));
        if (!call.HasFlow && call.TakeRedirect() is { } flow)
        {
            runner.Run(call, flow, announce: false);
        }

        return true;
    }

    /// <summary>A call from the phone network to one of the account's numbers.</summary>
    public SimCall PlaceInboundCall(string from, string to, int? hangupAfterSeconds)
    {
        var call = calls.Track(new SimCall { StartedAt = Log.Clock.GetUtcNow(), Sid = SimulatorSids.New("CA"), From = from, To = to, Direction = "inbound", StatusCallbackUrl = StatusPath });
        Log.Add(call.Sid, "call", $"Inbound call from {from} to {to}");
        if (hangupAfterSeconds is { } seconds)
        {
            _ = runner.HangupLaterAsync(call, seconds);
        }

        runner.Run(call, ct => interpreter.ExecuteFromUrlAsync(call, VoicePath, new Dictionary<string, string>(), ct));
        return call;
    }

    /// <summary>device.connect({ params }): the browser leg asks the TwiML App's Voice URL what to do.</summary>
    /// <param name="beforeStart">Told the new CallSid before the call runs, so the device's connection can follow it from the first event.</param>
    public SimCall ConnectFromDevice(string identity, string connectionId, IReadOnlyDictionary<string, string> parameters, Action<string>? beforeStart = null)
    {
        var call = calls.Track(new SimCall
        {
            StartedAt = Log.Clock.GetUtcNow(),
            Sid = SimulatorSids.New("CA"),
            From = $"client:{identity}",
            To = parameters.GetValueOrDefault("To") ?? "",
            Direction = "inbound",
            DeviceIdentity = identity,
            DeviceConnectionId = connectionId,
            StatusCallbackUrl = StatusPath,
        });
        Log.Add(call.Sid, "call", $"Browser call from {identity} to {call.To}");
        beforeStart?.Invoke(call.Sid);
        runner.Run(call, ct => interpreter.ExecuteFromUrlAsync(call, VoicePath, parameters, ct));
        return call;
    }

    /// <summary>REST create: ring <paramref name="to"/> (a client identity or a number), then run the TwiML of <paramref name="url"/>.</summary>
    /// <param name="timeoutSeconds">How long to ring before no-answer (Twilio's Timeout, 60 when not given).</param>
    public SimCall CreateCall(string to, string from, string? url, string? twiml, string? statusCallback, int? timeoutSeconds = null)
    {
        var call = calls.Track(new SimCall { StartedAt = Log.Clock.GetUtcNow(), Sid = SimulatorSids.New("CA"), From = from, To = to, Direction = "outbound-api", StatusCallbackUrl = statusCallback });
        Log.Add(call.Sid, "call", $"REST call to {to}");
        runner.Run(call, async ct =>
        {
            var answered = await ringer.RingAsync(call, to, new Dictionary<string, string>(), TimeSpan.FromSeconds(timeoutSeconds ?? 60), ct);
            if (answered != FarEnd.Answers)
            {
                call.Status = answered;
                return;
            }

            await progress.MarkAnsweredAsync(call);
            if (twiml is not null)
            {
                await interpreter.ExecuteInlineAsync(call, twiml, ct);
            }
            else if (url is not null)
            {
                await interpreter.ExecuteFromUrlAsync(call, url, new Dictionary<string, string>(), ct);
            }
        });
        return call;
    }

    /// <summary>Ends a call from the far end (or the REST API's Status=completed).</summary>
    public bool Hangup(string sid)
    {
        if (calls.Find(sid) is not { } call)
        {
            return false;
        }

        Log.Add(sid, "hangup", "Hung up");
        call.Hangup();
        return true;
    }

    /// <summary>A device answered or refused a leg that rang it.</summary>
    public bool DeviceAnswered(string sid, bool accepted)
    {
        if (calls.Find(sid) is not { } call)
        {
            return false;
        }

        Log.Add(sid, "device", accepted ? $"{call.DeviceIdentity} accepted" : $"{call.DeviceIdentity} rejected");
        return call.Answer.TrySetResult(accepted);
    }

    public void DeviceDigits(string sid, string digits)
    {
        if (calls.Find(sid) is { } call)
        {
            call.DigitsReceived += digits;
            Log.Add(sid, "dtmf", $"DTMF sent: {digits}");
        }
    }

    public SimRecording? Recording(string sid) => recordings.Find(sid);

    public bool DeleteRecording(string sid) => recordings.Delete(sid);
}

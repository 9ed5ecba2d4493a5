using Ispecia.Voip.Core.Simulator.Protocol;
using Ispecia.Voip.Core.Simulator.Recordings;
using Ispecia.Voip.Core.Simulator.Twiml;

namespace Ispecia.Voip.Core.Simulator.Engine;

/// <summary>The Dial verb: ring every noun at once, bridge the first that answers, report the outcome.</summary>
public sealed class Dialler(CallRegistry calls, ISimulatedDevices devices, CallProgress progress, Ringer ringer, Recorder recorder, SimulatorLog log)
{
    /// <summary>Returns the parameters Twilio adds to the Dial's action request (DialCallStatus and the rest).</summary>
    public async Task<Dictionary<string, string>> DialAsync(SimCall parent, TwimlDial dial, CancellationToken ct)
    {
        var timeout = TimeSpan.FromSeconds(dial.Timeout ?? 30);
        // One child leg per noun, as at Twilio: each rings on its own, the first to answer is bridged and the
        // others are cancelled (a refusal on one leg does not stop the others ringing).
        var legs = dial.Nouns.Select(noun => (Noun: noun, Leg: calls.Track(new SimCall
        {
            StartedAt = log.Clock.GetUtcNow(),
            Sid = SimulatorSids.New("CA"),
            ParentSid = parent.Sid,
            From = dial.CallerId ?? parent.From,
            To = Describe(noun),
            Direction = "outbound-dial",
        }))).ToList();
        log.Add(parent.Sid, "dial", $"Dialling {string.Join(",", legs.Select(l => l.Leg.To))} (timeout {timeout.TotalSeconds:0} s)");
        if (parent.DeviceIdentity is not null)
        {
            await devices.RingingAsync(parent);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var (winner, outcome) = await FirstAnswerAsync(legs.Select(l => RingLegAsync(l.Leg, l.Noun, timeout, linked.Token)).ToList(), parent);
        await linked.CancelAsync();

        var talked = 0;
        if (winner is not null && !parent.IsOver)
        {
            talked = await BridgeAsync(parent, winner, legs.Select(l => l.Leg).Where(l => l != winner), ct);
            await recorder.RecordDialAsync(parent, dial, talked);
        }

        var dialStatus = winner is not null ? TwilioCallStatus.Completed : outcome;
        // A child leg given new TwiML by the REST API left the bridge alive: it goes on with its own flow.
        await EndLegsAsync(legs.Select(l => l.Leg).Where(l => !l.LeftBridge), dialStatus, answered: winner);
        log.Add(parent.Sid, "dial", $"Dial ended: {dialStatus}");
        return new Dictionary<string, string>
        {
            ["DialCallStatus"] = dialStatus,
            ["DialCallSid"] = (winner ?? legs.FirstOrDefault().Leg)?.Sid ?? "",
            ["DialCallDuration"] = talked.ToString(CultureInfo.InvariantCulture),
            ["DialBridged"] = (winner is not null).ToString().ToLowerInvariant(),
        };
    }

    /// <summary>Connects the caller to the leg that answered until either hangs up; returns the seconds talked.</summary>
    private async Task<int> BridgeAsync(SimCall parent, SimCall winner, IEnumerable<SimCall> losers, CancellationToken ct)
    {
        await progress.MarkAnsweredAsync(parent);
        winner.AnsweredAt = log.Clock.GetUtcNow();
        winner.Status = TwilioCallStatus.InProgress;
        await EndLegsAsync(losers, TwilioCallStatus.Canceled);
        if (parent.DeviceIdentity is not null)
        {
            await devices.AcceptedAsync(parent);
        }

        await devices.AcceptedAsync(winner);
        log.Add(parent.Sid, "bridge", $"Connected to {winner.To}");
        await WaitUntilEitherHangsUpAsync(parent, winner, ct);
        if (winner.LeftBridge)
        {
            log.Add(parent.Sid, "bridge", $"{winner.To} left the bridge for new TwiML; the Dial ends");
        }

        return winner.DurationSeconds(log.Clock.GetUtcNow());
    }

    private async Task<(SimCall Leg, string Outcome)> RingLegAsync(SimCall leg, TwimlDialNoun noun, TimeSpan timeout, CancellationToken ct)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, leg.HungUp);
        string outcome;
        try
        {
            outcome = await RingNounAsync(leg, noun, timeout, linked.Token);
        }
        catch (OperationCanceledException)
        {
            outcome = TwilioCallStatus.Canceled;
        }

        if (outcome != FarEnd.Answers)
        {
            // A leg that was refused or not answered ends now; the others go on ringing.
            await EndLegsAsync([leg], outcome);
        }

        return (leg, outcome);
    }

    /// <summary>Hangs up the legs still up, telling their devices (cancel before an answer, disconnect after).</summary>
    private async Task EndLegsAsync(IEnumerable<SimCall> legs, string status, SimCall? answered = null)
    {
        // Whoever takes a leg out of the live calls ends it, so racing callers never tell a device twice.
        foreach (var leg in legs)
        {
            if (!calls.Remove(leg.Sid))
            {
                continue;
            }

            leg.Status = leg == answered ? TwilioCallStatus.Completed : status;
            leg.Hangup();
            await devices.EndedAsync(leg, leg == answered);
        }
    }

    private Task<string> RingNounAsync(SimCall child, TwimlDialNoun noun, TimeSpan timeout, CancellationToken ct) => noun switch
    {
        TwimlClient client => ringer.RingAsync(child, $"client:{client.Identity}", client.Parameters.ToDictionary(p => p.Name, p => p.Value), timeout, ct),
        TwimlNumber number => ringer.RingAsync(child, number.Number, new Dictionary<string, string>(), timeout, ct),
        TwimlSip sip => ringer.RingAsync(child, sip.Uri.Split('@')[0].Replace("sip:", "", StringComparison.Ordinal), new Dictionary<string, string>(), timeout, ct),
        _ => Task.FromResult(TwilioCallStatus.Failed),
    };

    /// <summary>The first leg to answer, or none and the last failure word ("canceled" when the caller hung up first).</summary>
    private static async Task<(SimCall? Winner, string Outcome)> FirstAnswerAsync(List<Task<(SimCall Leg, string Outcome)>> attempts, SimCall parent)
    {
        var pending = attempts.ToList();
        var last = TwilioCallStatus.NoAnswer;
        var callerGone = new TaskCompletionSource<(SimCall, string)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = parent.HungUp.Register(() => callerGone.TrySetResult((parent, TwilioCallStatus.Canceled)));
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny([.. pending, callerGone.Task]);
            if (done == callerGone.Task)
            {
                return (null, TwilioCallStatus.Canceled);
            }

            pending.Remove(done);
            var (leg, outcome) = await done;
            if (outcome == FarEnd.Answers)
            {
                return (leg, outcome);
            }

            last = outcome;
        }

        return (null, last);
    }

    /// <summary>Until either hangs up, the child is given new TwiML (it leaves), or the parent is (<paramref name="ct"/>: the child is dropped).</summary>
    private static async Task WaitUntilEitherHangsUpAsync(SimCall parent, SimCall child, CancellationToken ct)
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var a = parent.HungUp.Register(() => ended.TrySetResult());
        await using var b = child.Step.Register(() => ended.TrySetResult());
        await using var c = ct.Register(() => ended.TrySetResult());
        await ended.Task;
    }

    private static string Describe(TwimlDialNoun noun) => noun switch
    {
        TwimlClient client => $"client:{client.Identity}",
        TwimlNumber number => number.Number,
        TwimlSip sip => sip.Uri,
        _ => "?",
    };
}

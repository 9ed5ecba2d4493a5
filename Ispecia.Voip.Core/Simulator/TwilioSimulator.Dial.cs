using System.Globalization;
using Ispecia.Voip.Core.Simulator.Twiml;

namespace Ispecia.Voip.Core.Simulator;

/// <summary>The Dial verb: ring every noun at once, bridge the first that answers, report the outcome.</summary>
public sealed partial class TwilioSimulator
{
    private async Task<Dictionary<string, string>> DialAsync(SimCall parent, TwimlDial dial, CancellationToken ct)
    {
        var timeout = TimeSpan.FromSeconds(dial.Timeout ?? 30);
        // One child leg per noun, as at Twilio: each rings on its own, the first to answer is bridged and the
        // others are cancelled (a refusal on one leg does not stop the others ringing).
        var legs = dial.Nouns.Select(noun => (Noun: noun, Leg: Track(new SimCall
        {
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
            await MarkAnsweredAsync(parent);
            winner.AnsweredAt = DateTimeOffset.UtcNow;
            winner.Status = "in-progress";
            await EndLegsAsync(legs.Select(l => l.Leg).Where(l => l != winner), "canceled");
            if (parent.DeviceIdentity is not null)
            {
                await devices.AcceptedAsync(parent);
            }

            await devices.AcceptedAsync(winner);
            log.Add(parent.Sid, "bridge", $"Connected to {winner.To}");
            await WaitUntilEitherHangsUpAsync(parent, winner);
            talked = winner.DurationSeconds;
            if (dial.Record is { } record && record.StartsWith("record-from", StringComparison.Ordinal))
            {
                var recording = recordings.Add(parent.Sid, talked, record.EndsWith("-dual", StringComparison.Ordinal) ? 2 : 1, "DialVerb");
                await SendRecordingAsync(parent, dial.RecordingStatusCallback, recording);
            }
        }

        var dialStatus = winner is not null ? "completed" : outcome;
        await EndLegsAsync(legs.Select(l => l.Leg), dialStatus, answered: winner);
        log.Add(parent.Sid, "dial", $"Dial ended: {dialStatus}");
        return new Dictionary<string, string>
        {
            ["DialCallStatus"] = dialStatus,
            ["DialCallSid"] = (winner ?? legs.FirstOrDefault().Leg)?.Sid ?? "",
            ["DialCallDuration"] = talked.ToString(CultureInfo.InvariantCulture),
            ["DialBridged"] = (winner is not null).ToString().ToLowerInvariant(),
        };
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
            outcome = "canceled";
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
            if (!calls.TryRemove(leg.Sid, out _))
            {
                continue;
            }

            leg.Status = leg == answered ? "completed" : status;
            leg.Hangup();
            await devices.EndedAsync(leg, leg == answered);
        }
    }

    private Task<string> RingNounAsync(SimCall child, TwimlDialNoun noun, TimeSpan timeout, CancellationToken ct) => noun switch
    {
        TwimlClient client => RingTargetAsync(child, $"client:{client.Identity}", client.Parameters.ToDictionary(p => p.Name, p => p.Value), timeout, ct),
        TwimlNumber number => RingTargetAsync(child, number.Number, new Dictionary<string, string>(), timeout, ct),
        TwimlSip sip => RingTargetAsync(child, sip.Uri.Split('@')[0].Replace("sip:", "", StringComparison.Ordinal), new Dictionary<string, string>(), timeout, ct),
        _ => Task.FromResult("failed"),
    };

    /// <summary>Rings a client identity's devices or a scripted phone number; returns "answered" or the failure word.</summary>
    private async Task<string> RingTargetAsync(SimCall leg, string target, IReadOnlyDictionary<string, string> parameters, TimeSpan timeout, CancellationToken ct)
    {
        if (target.StartsWith("client:", StringComparison.Ordinal))
        {
            var identity = target["client:".Length..];
            if (!devices.IsRegistered(identity))
            {
                log.Add(leg.Sid, "ring", $"{identity} has no registered device");
                await Task.Delay(Scaled(Math.Min(timeout.TotalSeconds, 3)), ct);
                return "no-answer";
            }

            leg.DeviceIdentity = identity;
            await devices.RingAsync(identity, leg, parameters);
            var answer = await Task.WhenAny(leg.Answer.Task, Task.Delay(Scaled(timeout.TotalSeconds), ct));
            ct.ThrowIfCancellationRequested();
            return answer == leg.Answer.Task ? (leg.Answer.Task.Result ? FarEnd.Answers : "busy") : "no-answer";
        }

        var farEnd = FarEnd.For(target);
        log.Add(leg.Sid, "ring", $"{target}: {farEnd.Outcome}");
        if (farEnd.Outcome == "no-answer" || double.IsInfinity(farEnd.AnswerAfterSeconds) || farEnd.AnswerAfterSeconds >= timeout.TotalSeconds)
        {
            await Task.Delay(Scaled(timeout.TotalSeconds), ct);
            return "no-answer";
        }

        await Task.Delay(Scaled(farEnd.AnswerAfterSeconds), ct);
        if (farEnd.HangupAfterSeconds is { } hangupAfter)
        {
            _ = HangupLaterAsync(leg, (int)hangupAfter);
        }

        return farEnd.Outcome;
    }

    /// <summary>The first leg to answer, or none and the last failure word ("canceled" when the caller hung up first).</summary>
    private static async Task<(SimCall? Winner, string Outcome)> FirstAnswerAsync(List<Task<(SimCall Leg, string Outcome)>> attempts, SimCall parent)
    {
        var pending = attempts.ToList();
        var last = "no-answer";
        var callerGone = new TaskCompletionSource<(SimCall, string)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = parent.HungUp.Register(() => callerGone.TrySetResult((parent, "canceled")));
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny([.. pending, callerGone.Task]);
            if (done == callerGone.Task)
            {
                return (null, "canceled");
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

    private static async Task WaitUntilEitherHangsUpAsync(SimCall parent, SimCall child)
    {
        var ended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var a = parent.HungUp.Register(() => ended.TrySetResult());
        await using var b = child.HungUp.Register(() => ended.TrySetResult());
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

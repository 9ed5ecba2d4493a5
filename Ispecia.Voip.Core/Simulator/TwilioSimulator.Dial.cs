using System.Globalization;
using Ispecia.Voip.Core.Twilio.Twiml;

namespace Ispecia.Voip.Core.Simulator;

/// <summary>The Dial verb: ring every noun at once, bridge the first that answers, report the outcome.</summary>
public sealed partial class TwilioSimulator
{
    private async Task<Dictionary<string, string>> DialAsync(SimCall parent, TwimlDial dial, CancellationToken ct)
    {
        var timeout = TimeSpan.FromSeconds(dial.Timeout ?? 30);
        var child = Track(new SimCall
        {
            Sid = SimulatorSids.New("CA"),
            ParentSid = parent.Sid,
            From = dial.CallerId ?? parent.From,
            To = string.Join(",", dial.Nouns.Select(Describe)),
            Direction = "outbound-dial",
        });
        log.Add(parent.Sid, "dial", $"Dialling {child.To} (timeout {timeout.TotalSeconds:0} s)");
        if (parent.DeviceIdentity is not null)
        {
            await devices.RingingAsync(parent);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, child.HungUp);
        string outcome;
        try
        {
            var attempts = dial.Nouns.Select(noun => RingNounAsync(child, noun, timeout, linked.Token)).ToList();
            outcome = await FirstAnswerAsync(attempts);
        }
        catch (OperationCanceledException) when (parent.IsOver)
        {
            outcome = "canceled";
        }

        var talked = 0;
        if (outcome == FarEnd.Answers && !parent.IsOver)
        {
            await MarkAnsweredAsync(parent);
            child.AnsweredAt = DateTimeOffset.UtcNow;
            if (parent.DeviceIdentity is not null)
            {
                await devices.AcceptedAsync(parent);
            }

            await devices.AcceptedAsync(child);
            log.Add(parent.Sid, "bridge", $"Connected to {child.To}");
            await WaitUntilEitherHangsUpAsync(parent, child);
            talked = child.DurationSeconds;
            if (dial.Record is { } record && record.StartsWith("record-from", StringComparison.Ordinal))
            {
                var recording = recordings.Add(parent.Sid, talked, record.EndsWith("-dual", StringComparison.Ordinal) ? 2 : 1, "DialVerb");
                await SendRecordingAsync(parent, dial.RecordingStatusCallback, recording);
            }
        }

        var dialStatus = outcome == FarEnd.Answers ? "completed" : outcome;
        child.Status = dialStatus;
        child.Hangup();
        await devices.EndedAsync(child, outcome == FarEnd.Answers);
        calls.TryRemove(child.Sid, out _);
        log.Add(parent.Sid, "dial", $"Dial ended: {dialStatus}");
        return new Dictionary<string, string>
        {
            ["DialCallStatus"] = dialStatus,
            ["DialCallSid"] = child.Sid,
            ["DialCallDuration"] = talked.ToString(CultureInfo.InvariantCulture),
            ["DialBridged"] = (outcome == FarEnd.Answers).ToString().ToLowerInvariant(),
        };
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

    private static async Task<string> FirstAnswerAsync(List<Task<string>> attempts)
    {
        var pending = attempts.ToList();
        var last = "no-answer";
        while (pending.Count > 0)
        {
            var done = await Task.WhenAny(pending);
            pending.Remove(done);
            last = await done;
            if (last == FarEnd.Answers)
            {
                return last;
            }
        }

        return last;
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

namespace Ispecia.Voip.Core.Simulator.Engine;

/// <summary>Rings one target: the registered devices of a client identity, or a phone number whose far end is scripted.</summary>
public sealed class Ringer(ISimulatedDevices devices, CallRunner runner, SimulatorLog log, IOptions<SimulatorOptions> options)
{
    private const string ClientPrefix = "client:";

    /// <summary>Returns <see cref="FarEnd.Answers"/> or the failure word (busy, no-answer, failed).</summary>
    public async Task<string> RingAsync(SimCall leg, string target, IReadOnlyDictionary<string, string> parameters, TimeSpan timeout, CancellationToken ct)
    {
        if (target.StartsWith(ClientPrefix, StringComparison.Ordinal))
        {
            return await RingClientAsync(leg, target[ClientPrefix.Length..], parameters, timeout, ct);
        }

        var farEnd = FarEnd.For(target);
        log.Add(leg.Sid, "ring", $"{target}: {farEnd.Outcome}");
        if (farEnd.Outcome == TwilioCallStatus.NoAnswer || double.IsInfinity(farEnd.AnswerAfterSeconds) || farEnd.AnswerAfterSeconds >= timeout.TotalSeconds)
        {
            await Task.Delay(Scaled(timeout.TotalSeconds), ct);
            return TwilioCallStatus.NoAnswer;
        }

        await Task.Delay(Scaled(farEnd.AnswerAfterSeconds), ct);
        if (farEnd.HangupAfterSeconds is { } hangupAfter)
        {
            _ = runner.HangupLaterAsync(leg, (int)hangupAfter);
        }

        return farEnd.Outcome;
    }

    private async Task<string> RingClientAsync(SimCall leg, string identity, IReadOnlyDictionary<string, string> parameters, TimeSpan timeout, CancellationToken ct)
    {
        if (!devices.IsRegistered(identity))
        {
            log.Add(leg.Sid, "ring", $"{identity} has no registered device");
            await Task.Delay(Scaled(Math.Min(timeout.TotalSeconds, 3)), ct);
            return TwilioCallStatus.NoAnswer;
        }

        leg.DeviceIdentity = identity;
        await devices.RingAsync(identity, leg, parameters);
        var answer = await Task.WhenAny(leg.Answer.Task, Task.Delay(Scaled(timeout.TotalSeconds), ct));
        ct.ThrowIfCancellationRequested();
        return answer == leg.Answer.Task ? (leg.Answer.Task.Result ? FarEnd.Answers : TwilioCallStatus.Busy) : TwilioCallStatus.NoAnswer;
    }

    private TimeSpan Scaled(double seconds) => options.Value.Scaled(seconds);
}

using Ispecia.Voip.Core.Simulator.Twiml;

namespace Ispecia.Voip.Core.Simulator.Engine;

/// <summary>
/// Runs one call's flow in the background and ends it as Twilio does, whatever the flow did: the final status, the
/// devices told, the last status callback sent, the leg no longer live.
/// </summary>
public sealed class CallRunner(CallRegistry calls, ISimulatedDevices devices, CallProgress progress, SimulatorLog log, IOptions<SimulatorOptions> options)
{
    /// <param name="announce">False for a leg already up (a Dial's child given TwiML of its own): no "ringing" again.</param>
    public void Run(SimCall call, Func<CancellationToken, Task> flow, bool announce = true)
    {
        call.HasFlow = true;
        _ = Task.Run(() => RunAsync(call, flow, announce));
    }

    private async Task RunAsync(SimCall call, Func<CancellationToken, Task> flow, bool announce)
    {
        try
        {
            if (announce)
            {
                await progress.SendStatusAsync(call, TwilioCallStatus.Ringing);
            }

            // A REST update with Twiml or Url stops the flow running now and starts the new one, as at Twilio.
            for (var next = flow; next is not null; next = call.IsOver ? null : call.TakeRedirect())
            {
                try
                {
                    await next(call.Step);
                }
                catch (OperationCanceledException) when (!call.IsOver && call.HasRedirect)
                {
                    log.Add(call.Sid, "update", "New TwiML from the REST API");
                }
            }
        }
        catch (OperationCanceledException) when (call.IsOver)
        {
            // Hung up in the middle of the flow.
        }
        catch (Exception ex) when (ex is TwimlParseException or InvalidOperationException or HttpRequestException)
        {
            log.Add(call.Sid, "error", ex.Message);
        }
        finally
        {
            await EndAsync(call);
        }
    }

    /// <summary>The caller (or a scripted far end) hangs up after <paramref name="seconds"/>, unless the leg ended before.</summary>
    public async Task HangupLaterAsync(SimCall call, int seconds)
    {
        try
        {
            await Task.Delay(options.Value.Scaled(seconds), call.HungUp);
            log.Add(call.Sid, "hangup", $"Caller hung up after {seconds} s");
            call.Hangup();
        }
        catch (OperationCanceledException)
        {
            // Ended before.
        }
    }

    private async Task EndAsync(SimCall call)
    {
        var wasAnswered = call.AnsweredAt is not null;
        var final = call.Status switch
        {
            TwilioCallStatus.Busy or TwilioCallStatus.NoAnswer or TwilioCallStatus.Failed or TwilioCallStatus.Canceled => call.Status,
            _ when wasAnswered => TwilioCallStatus.Completed,
            _ => call.IsOver ? TwilioCallStatus.Canceled : TwilioCallStatus.Completed,
        };
        var duration = call.DurationSeconds(log.Clock.GetUtcNow());
        call.Status = final;
        call.Hangup();
        // An outgoing browser call always ends with "disconnect"; "cancel" is for incoming calls never answered.
        await devices.EndedAsync(call, wasAnswered || call.DeviceConnectionId is not null);
        // Out of the live calls before the app hears of the end: once the app says a call ended, the simulator never
        // still lists it as live.
        calls.Remove(call.Sid);
        await progress.SendStatusAsync(call, final, duration);
        log.Add(call.Sid, "call", $"Ended: {final}{(wasAnswered ? $" after {duration} s" : "")}");
    }
}

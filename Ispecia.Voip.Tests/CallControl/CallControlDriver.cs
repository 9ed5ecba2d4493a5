using Ispecia.Voip.Core.CallControl;
using Ispecia.Voip.Core.Webhooks;
using Ispecia.Voip.Web.Webhooks;

namespace Ispecia.Voip.Tests.CallControl;

/// <summary>Drives the call-control service of a running simulator app as an agent's softphone does, and reads back what happened.</summary>
public sealed class CallControlDriver(SimulatorApp app)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public CallControlService Control => app.Factory.Services.GetRequiredService<CallControlService>();

    public WebhookUrls Urls => app.Factory.Services.GetRequiredService<CallbackOrigin>().Urls;

    public TwilioSimulator Simulator => app.Factory.Services.GetRequiredService<TwilioSimulator>();

    public async Task<CallControlActor> AgentAsync(string identity)
    {
        await using var db = await app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(Ct);
        return new CallControlActor(await db.VoipAccounts.Where(a => a.Identity == identity).Select(a => a.UserId).SingleAsync(Ct), IsStaff: false);
    }

    public Task<CallControlSnapshot?> SnapshotAsync(CallControlActor actor, int callId) =>
        app.Factory.Services.GetRequiredService<CallControlState>().SnapshotAsync(actor, new CallReference(callId, null), Ct);

    /// <summary>Waits until the call's snapshot satisfies <paramref name="done"/> (conference webhooks arrive on their own time).</summary>
    public async Task<CallControlSnapshot> WaitForSnapshotAsync(CallControlActor actor, int callId, Func<CallControlSnapshot, bool> done)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        CallControlSnapshot? last = null;
        while (DateTime.UtcNow < deadline)
        {
            last = await SnapshotAsync(actor, callId);
            if (last is not null && done(last))
            {
                return last;
            }

            await Task.Delay(100, Ct);
        }

        Assert.Fail($"The call's control state stayed: {System.Text.Json.JsonSerializer.Serialize(last)}");
        return null!;
    }

    /// <summary>agent1 calls an answering number and talks: the call's row once it is in progress.</summary>
    public async Task<(TestDevice Agent1, string Sid, Call Call)> OutboundCallAsync(string number = "+12125550147")
    {
        var agent1 = await app.RegisterDeviceAsync("agent1");
        var sid = await agent1.ConnectAsync(number);
        await agent1.WaitForAsync("Accepted", sid);
        var call = await app.WaitForCallAsync(c => c.CallSid == sid, c => c.Status == CallStatus.InProgress && c.DialStatus == null);
        return (agent1, sid, call);
    }

    public bool LogSays(string text) => Simulator.Log.Recent(500).Any(e => e.Message.Contains(text, StringComparison.Ordinal));

    public async Task WaitForLogAsync(string text)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!LogSays(text))
        {
            Assert.True(DateTime.UtcNow < deadline, $"The simulator log never said \"{text}\".");
            await Task.Delay(100, Ct);
        }
    }
}

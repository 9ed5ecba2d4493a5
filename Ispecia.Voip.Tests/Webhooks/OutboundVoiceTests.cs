namespace Ispecia.Voip.Tests.Webhooks;

/// <summary>The voice webhook for calls from the softphone: what it dials, and what it refuses with a spoken reason.</summary>
public sealed class OutboundVoiceTests : IAsyncLifetime
{
    private TwilioModeApp app = null!;

    public async ValueTask InitializeAsync() => app = await TwilioModeApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Theory]
    [InlineData("hello", "letters")]
    [InlineData("+19005550123", "premium")]
    [InlineData("+442079460958", "not allowed")]
    [InlineData("999", "Extension 999 does not exist")]
    public async Task Voice_RefusedTarget_SaysWhyHangsUpAndLogsFailedCall(string dialled, string reasonPart)
    {
        var sid = TwilioModeApp.NewCallSid();
        var twiml = XDocument.Parse(await app.PostTwimlAsync("/voip/webhook/twilio/voice", Form(sid, "client:agent1", dialled)));

        Assert.Contains(reasonPart, twiml.Root!.Element("Say")!.Value, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(twiml.Root.Element("Hangup"));
        var call = await LoadAsync(sid);
        Assert.Equal(CallStatus.Failed, call.Status);
        Assert.Contains(reasonPart, call.FailureReason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Voice_ExtensionOfAnotherAgent_DialsThatClient()
    {
        var twiml = XDocument.Parse(await app.PostTwimlAsync("/voip/webhook/twilio/voice", Form(TwilioModeApp.NewCallSid(), "client:agent1", "102")));

        Assert.Equal("agent2", twiml.Root!.Element("Dial")!.Element("Client")!.Element("Identity")!.Value);
        Assert.Equal("client:agent1", (string?)twiml.Root.Element("Dial")!.Attribute("callerId"));
    }

    [Fact]
    public async Task Voice_AgentWithInactiveAccount_IsRefused()
    {
        await using (var db = await Db().CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.VoipAccounts.Where(a => a.Identity == "agent2").ExecuteUpdateAsync(a => a.SetProperty(x => x.IsActive, false), TestContext.Current.CancellationToken);
        }

        var twiml = XDocument.Parse(await app.PostTwimlAsync("/voip/webhook/twilio/voice", Form(TwilioModeApp.NewCallSid(), "client:agent2", "+12125550147")));

        Assert.Contains("not active", twiml.Root!.Element("Say")!.Value, StringComparison.Ordinal);
        Assert.Null(twiml.Root.Element("Dial"));
    }

    [Fact]
    public async Task Voice_NumberOfAContact_LinksTheCallToIt()
    {
        var sid = TwilioModeApp.NewCallSid();
        await app.PostTwimlAsync("/voip/webhook/twilio/voice", Form(sid, "client:agent1", "+1 212 555 0100"));

        Assert.NotNull((await LoadAsync(sid)).ContactId);
    }

    private static Dictionary<string, string> Form(string sid, string from, string to) => new()
    {
        ["CallSid"] = sid, ["From"] = from, ["To"] = to, ["Direction"] = "inbound", ["CallStatus"] = "ringing",
    };

    private IDbContextFactory<VoipDbContext> Db() => app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>();

    private async Task<Call> LoadAsync(string sid)
    {
        await using var db = await Db().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Calls.SingleAsync(c => c.CallSid == sid, TestContext.Current.CancellationToken);
    }
}

namespace Ispecia.Voip.Tests.Webhooks;

/// <summary>Whole call flows driven through the signed webhooks, checked in the database as history shows them.</summary>
public sealed class WebhookFlowTests : IAsyncLifetime
{
    private TwilioModeApp app = null!;

    public async ValueTask InitializeAsync() => app = await TwilioModeApp.StartAsync();

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task OutboundFlow_DialledNumberBusy_EndsAsBusyCallInHistory()
    {
        var sid = TwilioModeApp.NewCallSid();
        var twiml = XDocument.Parse(await app.PostTwimlAsync("/voip/webhook/twilio/voice", new Dictionary<string, string>
        {
            ["CallSid"] = sid, ["From"] = "client:agent1", ["To"] = "(212) 555-0147", ["Direction"] = "inbound", ["CallStatus"] = "ringing",
        }));

        var dial = twiml.Root!.Element("Dial")!;
        Assert.Equal("+12125550147", dial.Element("Number")?.Value);
        Assert.Equal(DemoDataSeeder.Agent1Did, (string?)dial.Attribute("callerId"));
        Assert.Equal("http://localhost/voip/webhook/twilio/dial-action", (string?)dial.Attribute("action"));
        Assert.Equal("record-from-answer-dual", (string?)dial.Attribute("record"));

        await PostStatusAsync(sid, "ringing", 0);
        await PostStatusAsync(sid, "in-progress", 1);
        var afterDial = await app.PostTwimlAsync("/voip/webhook/twilio/dial-action", new Dictionary<string, string>
        {
            ["CallSid"] = sid, ["DialCallStatus"] = "busy", ["DialCallSid"] = TwilioModeApp.NewCallSid(), ["DialCallDuration"] = "0",
        });
        Assert.NotNull(XDocument.Parse(afterDial).Root!.Element("Hangup"));
        await PostStatusAsync(sid, "completed", 2, duration: 4);

        var call = await LoadCallAsync(sid);
        Assert.Equal(CallDirection.Outbound, call.Direction);
        Assert.Equal((CallStatus.Completed, CallStatus.Busy), (call.Status, call.DialStatus));
        Assert.Equal("agent1", call.Agent!.Email!.Split('@')[0]);
        Assert.Equal("+12125550147", call.To);
        Assert.Equal("The line was busy.", call.FailureReason);
        Assert.Equal(4, call.DurationSeconds);
        Assert.False(call.IsMissed);
        Assert.Equal(["dialing", "status", "status", "dial-result", "status"], call.Events.OrderBy(e => e.Id).Select(e => e.Kind));
    }

    [Fact]
    public async Task InboundFlow_AgentDoesNotAnswer_EndsAsMissedCallWithVoicemail()
    {
        var sid = TwilioModeApp.NewCallSid();
        var twiml = XDocument.Parse(await app.PostTwimlAsync("/voip/webhook/twilio/voice", new Dictionary<string, string>
        {
            ["CallSid"] = sid, ["From"] = "+12125550100", ["To"] = DemoDataSeeder.Agent1Did, ["Direction"] = "inbound", ["CallStatus"] = "ringing",
        }));

        var client = twiml.Root!.Element("Dial")!.Element("Client")!;
        Assert.Equal("agent1", client.Element("Identity")?.Value);
        var parameters = client.Elements("Parameter").ToDictionary(p => (string)p.Attribute("name")!, p => (string)p.Attribute("value")!);
        Assert.Equal(DemoDataSeeder.Agent1Did, parameters["did"]);
        Assert.Contains("callerName", parameters.Keys);

        var fallback = XDocument.Parse(await app.PostTwimlAsync("/voip/webhook/twilio/dial-action", new Dictionary<string, string>
        {
            ["CallSid"] = sid, ["DialCallStatus"] = "no-answer", ["DialCallDuration"] = "0",
        }));
        Assert.NotNull(fallback.Root!.Element("Say"));
        Assert.Equal("http://localhost/voip/webhook/twilio/recording", (string?)fallback.Root.Element("Record")?.Attribute("recordingStatusCallback"));

        var recordingSid = "RE" + Guid.NewGuid().ToString("N");
        var recorded = await app.PostWebhookAsync("/voip/webhook/twilio/recording", new Dictionary<string, string>
        {
            ["CallSid"] = sid, ["RecordingSid"] = recordingSid, ["RecordingStatus"] = "completed", ["RecordingDuration"] = "7",
            ["RecordingChannels"] = "1", ["RecordingSource"] = "RecordVerb", ["AccountSid"] = "AC" + new string('a', 32),
        });
        Assert.True(recorded.IsSuccessStatusCode);
        await PostStatusAsync(sid, "completed", 3, duration: 30);

        var call = await LoadCallAsync(sid);
        Assert.Equal(CallDirection.Inbound, call.Direction);
        Assert.True(call.IsMissed);
        Assert.True(call.HasVoicemail);
        Assert.Equal(CallStatus.NoAnswer, call.DialStatus);
        var recording = Assert.Single(call.Recordings);
        Assert.Equal((recordingSid, 7, true), (recording.RecordingSid, recording.DurationSeconds, recording.IsVoicemail));
        Assert.NotNull(call.ContactId ?? call.LeadId);
    }

    [Fact]
    public async Task InboundFlow_AgentAnswers_IsNotMissed()
    {
        var sid = TwilioModeApp.NewCallSid();
        await app.PostTwimlAsync("/voip/webhook/twilio/voice", new Dictionary<string, string>
        {
            ["CallSid"] = sid, ["From"] = "+12125550100", ["To"] = DemoDataSeeder.MainLineDid, ["CallStatus"] = "ringing",
        });
        var after = await app.PostTwimlAsync("/voip/webhook/twilio/dial-action", new Dictionary<string, string>
        {
            ["CallSid"] = sid, ["DialCallStatus"] = "completed", ["DialCallDuration"] = "42",
        });
        await PostStatusAsync(sid, "completed", 1, duration: 45);

        Assert.NotNull(XDocument.Parse(after).Root!.Element("Hangup"));
        var call = await LoadCallAsync(sid);
        Assert.False(call.IsMissed);
        Assert.NotNull(call.AnsweredAt);
        Assert.NotNull(call.TeamId);
    }

    [Fact]
    public async Task Voice_TeamCall_TimelineSaysWhomItRang()
    {
        var sid = TwilioModeApp.NewCallSid();
        var twiml = XDocument.Parse(await app.PostTwimlAsync("/voip/webhook/twilio/voice", new Dictionary<string, string>
        {
            ["CallSid"] = sid, ["From"] = "+12125550100", ["To"] = DemoDataSeeder.MainLineDid, ["CallStatus"] = "ringing",
        }));

        var rung = twiml.Descendants("Identity").Select(i => i.Value).Order().ToList();
        var offers = (await LoadCallAsync(sid)).Events.Where(e => e.Kind == CallOffers.Kind).Select(e => e.Detail ?? "").Order().ToList();
        Assert.NotEmpty(rung);
        Assert.Equal(rung.Select(CallOffers.Detail).ToList(), offers);
    }

    [Fact]
    public async Task Voice_UnknownDid_AnswersNotInServiceAndLogsIt()
    {
        var sid = TwilioModeApp.NewCallSid();
        var twiml = XDocument.Parse(await app.PostTwimlAsync("/voip/webhook/twilio/voice", new Dictionary<string, string>
        {
            ["CallSid"] = sid, ["From"] = "+12125550100", ["To"] = "+13125550199",
        }));

        Assert.Contains("not in service", twiml.Root!.Element("Say")!.Value, StringComparison.Ordinal);
        Assert.Contains((await LoadCallAsync(sid)).Events, e => e.Kind == "unrouted");
    }

    [Fact]
    public async Task Voice_RouteAddedAfterACall_TakesTheNextCall()
    {
        var form = (string sid) => new Dictionary<string, string> { ["CallSid"] = sid, ["From"] = "+12125550100", ["To"] = "+13125550199" };
        var first = TwilioModeApp.NewCallSid();
        await app.PostTwimlAsync("/voip/webhook/twilio/voice", form(first));
        Assert.Null((await LoadCallAsync(first)).RouteId);

        var route = await app.Factory.Services.GetRequiredService<InboundRouteService>().CreateAsync(
            new InboundRouteRequest { Name = "Chicago", DidPattern = "+1312*", Destination = RouteDestination.Hangup }, AdminServices.Admin, TestContext.Current.CancellationToken);
        var second = TwilioModeApp.NewCallSid();
        await app.PostTwimlAsync("/voip/webhook/twilio/voice", form(second));

        Assert.Equal(route, (await LoadCallAsync(second)).RouteId);
    }

    private async Task PostStatusAsync(string sid, string status, int sequence, int? duration = null)
    {
        var form = new Dictionary<string, string> { ["CallSid"] = sid, ["CallStatus"] = status, ["SequenceNumber"] = sequence.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (duration is { } d)
        {
            form["CallDuration"] = d.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var response = await app.PostWebhookAsync("/voip/webhook/twilio/status", form);
        Assert.True(response.IsSuccessStatusCode, $"status callback answered {(int)response.StatusCode}");
    }

    private async Task<Call> LoadCallAsync(string sid)
    {
        var dbFactory = app.Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await db.Calls.Include(c => c.Events).Include(c => c.Recordings).Include(c => c.Agent)
            .SingleAsync(c => c.CallSid == sid, TestContext.Current.CancellationToken);
    }
}

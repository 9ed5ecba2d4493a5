namespace Ispecia.Voip.Tests.Softphone;

public sealed class SoftphoneTests : SoftphoneTestContext
{
    private static readonly MouseEventArgs Click = new();

    [Fact]
    public void Render_UserWithoutPhoneLine_ShowsNoSoftphone()
    {
        var cut = Render<Ispecia.Voip.Web.Softphone.Softphone>();

        Assert.Empty(cut.FindAll("[data-testid=softphone-toggle]"));
    }

    [Fact]
    public async Task Render_InactiveLine_ExplainsWhomToAsk()
    {
        await AddAgentAsync(active: false);
        var cut = Render<Ispecia.Voip.Web.Softphone.Softphone>();

        await cut.Find("[data-testid=softphone-toggle]").ClickAsync(Click);

        Assert.Contains("Ask an admin", cut.Find("[data-testid=softphone-inactive]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_Registered_IsIdleOnTheKeypad()
    {
        var cut = await RenderOpenAsync();

        Assert.Equal("idle", cut.Find("[data-testid=softphone-panel]").GetAttribute("data-state"));
        Assert.NotEmpty(cut.FindAll("[data-testid=keypad-key-5]"));
    }

    [Fact]
    public async Task Render_Prerendered_PhoneButtonIsDisabledAndSaysItIsStarting()
    {
        await AddAgentAsync();
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));

        var cut = Render<Ispecia.Voip.Web.Softphone.Softphone>();

        var toggle = cut.Find("[data-testid=softphone-toggle]");
        Assert.True(toggle.HasAttribute("disabled"));
        Assert.Equal("Softphone starting", toggle.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task OnUnsupported_BrowserWithoutWebRtc_ExplainsAndOffersNothingToDial()
    {
        var cut = await RenderOpenAsync();

        await cut.InvokeAsync(() => cut.Instance.OnUnsupported());

        Assert.Contains("This browser cannot make calls", cut.Find("[data-testid=softphone-error]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=call-start]"));
        Assert.Empty(cut.FindAll("[data-testid=softphone-tab-keypad]"));
    }

    [Fact]
    public async Task InCall_AudioMeters_RenderedForTheScriptToFill()
    {
        Session.Setup<string?>("connect", _ => true).SetResult("CA-test-9");
        var cut = await RenderOpenAsync();
        cut.Find("input[data-testid=keypad-number]").Input("(212) 555-0147");
        await cut.Find("[data-testid=call-start]").ClickAsync(Click);
        Assert.Empty(cut.FindAll("[data-testid=call-mic-level]"));

        await cut.InvokeAsync(() => cut.Instance.OnAccepted("CA-test-9"));

        Assert.Equal("0", cut.Find("[data-testid=call-mic-level]").GetAttribute("data-level"));
        Assert.Equal("0", cut.Find("[data-testid=call-speaker-level]").GetAttribute("data-level"));
    }

    [Fact]
    public async Task Keypad_Digits_AreFormattedAsYouType()
    {
        var cut = await RenderOpenAsync();

        foreach (var digit in "2125550147")
        {
            await cut.Find($"[data-testid=keypad-key-{digit}]").ClickAsync(Click);
        }

        Assert.Equal("(212) 555-0147", cut.Find("input[data-testid=keypad-number]").GetAttribute("value"));
        await cut.Find("[data-testid=keypad-backspace]").ClickAsync(Click);
        Assert.Equal("(212) 555-014", cut.Find("input[data-testid=keypad-number]").GetAttribute("value"));
    }

    [Fact]
    public async Task Keypad_InvalidNumber_ExplainsBeforeDialling()
    {
        var cut = await RenderOpenAsync();
        cut.Find("input[data-testid=keypad-number]").Input("+1 212");

        await cut.Find("[data-testid=call-start]").ClickAsync(Click);

        Assert.Contains("too short", cut.Markup, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(Session.Invocations["connect"]);
    }

    [Fact]
    public async Task OutboundCall_FullLifecycle_ConnectingRingingInCallEnded()
    {
        var connect = Session.Setup<string?>("connect", _ => true);
        connect.SetResult("CA-test-1");
        Session.SetupVoid("mute", _ => true).SetVoidResult();
        Session.SetupVoid("sendDigits", _ => true).SetVoidResult();
        Session.SetupVoid("hangup", _ => true).SetVoidResult();
        var cut = await RenderOpenAsync();
        cut.Find("input[data-testid=keypad-number]").Input("(212) 555-0147");

        await cut.Find("[data-testid=call-start]").ClickAsync(Click);
        Assert.Equal("connecting", State(cut));
        var parameters = (Dictionary<string, string>)connect.Invocations.Single().Arguments[0]!;
        Assert.Equal("+12125550147", parameters["To"]);
        Assert.Equal("(212) 555-0147", cut.Find("[data-testid=call-peer]").TextContent);

        await cut.InvokeAsync(() => cut.Instance.OnRinging("CA-test-1"));
        Assert.Equal("ringing", State(cut));

        await cut.InvokeAsync(() => cut.Instance.OnAccepted("CA-test-1"));
        Assert.Equal("in-call", State(cut));
        Assert.Equal("00:00", cut.Find("[data-testid=call-timer]").TextContent);

        await cut.Find("[data-testid=call-mute]").ClickAsync(Click);
        Assert.Equal(true, Session.Invocations["mute"].Single().Arguments[0]);
        await cut.InvokeAsync(() => cut.Instance.OnMuted(true));
        Assert.Equal("true", cut.Find("[data-testid=call-mute]").GetAttribute("aria-pressed"));

        await cut.Find("[data-testid=call-dtmf]").ClickAsync(Click);
        // The in-call pad is the dialling keypad's key grid, with its hooks and letters.
        Assert.Contains("JKL", cut.Find(".softphone-call [data-testid=keypad-key-5]").TextContent, StringComparison.Ordinal);
        await cut.Find(".softphone-call [data-testid=keypad-key-5]").ClickAsync(Click);
        Assert.Equal("5", Session.Invocations["sendDigits"].Single().Arguments[0]);
        Assert.Contains("Sent: 5", cut.Find("[data-testid=call-dtmf-sent]").TextContent, StringComparison.Ordinal);

        await cut.Find("[data-testid=call-hangup]").ClickAsync(Click);
        Assert.Single(Session.Invocations["hangup"]);
        await cut.InvokeAsync(() => cut.Instance.OnDisconnected("CA-test-1"));
        Assert.Equal("ended", State(cut));
        Assert.NotEmpty(cut.FindAll("[data-testid=wrapup-save]"));
    }

    [Fact]
    public async Task IncomingCall_Accept_GoesInCall()
    {
        Session.SetupVoid("accept", _ => true).SetVoidResult();
        var cut = await RenderOpenAsync();

        await cut.InvokeAsync(() => cut.Instance.OnIncoming(new IncomingDeviceCall("CA-in-1", "+12125550100", "42", "Olivia Johnson", "+14155550101", "Direct line")));
        Assert.Equal("incoming", State(cut));
        Assert.Equal("Olivia Johnson", cut.Find("[data-testid=call-peer]").TextContent);
        Assert.Contains("Direct line", cut.Markup, StringComparison.Ordinal);

        await cut.Find("[data-testid=incoming-accept]").ClickAsync(Click);
        Assert.Single(Session.Invocations["accept"]);
        await cut.InvokeAsync(() => cut.Instance.OnAccepted("CA-in-1"));
        Assert.Equal("in-call", State(cut));
    }

    [Fact]
    public async Task IncomingCall_Reject_ReturnsToIdle()
    {
        Session.SetupVoid("reject", _ => true).SetVoidResult();
        var cut = await RenderOpenAsync();
        await cut.InvokeAsync(() => cut.Instance.OnIncoming(new IncomingDeviceCall("CA-in-2", "+12125550100", null, null, "+14155550101", null)));

        await cut.Find("[data-testid=incoming-reject]").ClickAsync(Click);
        await cut.InvokeAsync(() => cut.Instance.OnRejected("CA-in-2"));

        Assert.Single(Session.Invocations["reject"]);
        Assert.Equal("idle", State(cut));
    }

    [Fact]
    public async Task Error_MicrophoneBlocked_SaysHowToFixIt()
    {
        var cut = await RenderOpenAsync();

        await cut.InvokeAsync(() => cut.Instance.OnError(31208, "Permission denied"));

        Assert.Equal("error", State(cut));
        Assert.Contains("allow the microphone", cut.Find("[data-testid=softphone-error]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Error_CallFailed_ShowsTwilioCodeInPlainWords()
    {
        var cut = await RenderOpenAsync();

        await cut.InvokeAsync(() => cut.Instance.OnError(31005, "Connection error"));

        Assert.Contains("31005", cut.Find("[data-testid=softphone-error]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherTab_Active_OffersUseHere()
    {
        var cut = await RenderOpenAsync();

        await cut.InvokeAsync(() => cut.Instance.OnOtherTabActive(true));

        Assert.Contains("another tab", cut.Find("[data-testid=softphone-other-tab]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tabs_Switching_ShowsEachTab()
    {
        var cut = await RenderOpenAsync();

        await cut.Find("[data-testid=softphone-tab-contacts]").ClickAsync(Click);
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("input[data-testid=contacts-search]")));

        await cut.Find("[data-testid=softphone-tab-recent]").ClickAsync(Click);
        cut.WaitForAssertion(() => Assert.Contains("No calls yet", cut.Markup, StringComparison.Ordinal));
        Assert.Equal("true", cut.Find("[data-testid=softphone-tab-recent]").GetAttribute("aria-selected"));
    }

    private static string? State(IRenderedComponent<Ispecia.Voip.Web.Softphone.Softphone> cut) =>
        cut.Find("[data-testid=softphone-panel]").GetAttribute("data-state");
}

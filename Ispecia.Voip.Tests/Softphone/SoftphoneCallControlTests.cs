using Ispecia.Voip.Core.CallControl;

namespace Ispecia.Voip.Tests.Softphone;

/// <summary>The call view's hold, transfer, add and participant controls, with the server's answers scripted.</summary>
public sealed class SoftphoneCallControlTests : SoftphoneTestContext
{
    private static readonly MouseEventArgs Click = new();

    private static CallControlSnapshot Snapshot(bool held = false, string? consulting = null, params CallParticipantView[] parties) =>
        new(42, true, held, consulting, parties);

    [Fact]
    public async Task Hold_Clicked_AsksTheServerAndShowsOnHoldUntilResumed()
    {
        var cut = await InCallAsync();
        CallControls.Snapshot = Snapshot(held: true, parties: [new("CA-c", "(212) 555-0147", "customer", true, true, false)]);

        await cut.Find("[data-testid=call-hold]").ClickAsync(Click);

        Assert.Equal(["hold"], CallControls.Asked);
        Assert.Equal("on-hold", cut.Find("[data-testid=softphone-panel]").GetAttribute("data-state"));
        Assert.Equal("true", cut.Find("[data-testid=call-hold]").GetAttribute("aria-pressed"));
        Assert.StartsWith("On hold 00:0", cut.Find("[data-testid=call-status]").TextContent, StringComparison.Ordinal);

        CallControls.Snapshot = Snapshot(parties: [new("CA-c", "(212) 555-0147", "customer", false, true, false)]);
        await cut.Find("[data-testid=call-hold]").ClickAsync(Click);

        Assert.Equal(["hold", "resume"], CallControls.Asked);
        Assert.Equal("in-call", cut.Find("[data-testid=softphone-panel]").GetAttribute("data-state"));
        Assert.Equal("false", cut.Find("[data-testid=call-hold]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public async Task Transfer_PickColleagueAndConsult_ShowsConsultingThenCompletes()
    {
        CallControls.Choices =
        [
            new(TransferTarget.Agent("agent2"), "Agent Two", "ext. 102", "available"),
            new(TransferTarget.Agent("agent3"), "Agent Three", "ext. 103", "on-call"),
            new(TransferTarget.Team(1), "Sales", "team · 2 member(s)", "team"),
        ];
        var cut = await InCallAsync();

        await cut.Find("[data-testid=call-transfer]").ClickAsync(Click);

        var targets = cut.FindAll("[data-testid=transfer-target]");
        Assert.Equal(["available", "on-call", "team"], targets.Select(t => t.GetAttribute("data-presence")));
        Assert.True(cut.Find("[data-testid=transfer-consult]").HasAttribute("disabled"));
        await targets[0].ClickAsync(Click);
        CallControls.Snapshot = Snapshot(held: true, consulting: "Agent Two");
        await cut.Find("[data-testid=transfer-consult]").ClickAsync(Click);

        Assert.Equal(["consult agent2"], CallControls.Asked);
        Assert.Equal("consulting", cut.Find("[data-testid=softphone-panel]").GetAttribute("data-state"));
        Assert.Contains("Consulting Agent Two", cut.Find("[data-testid=call-status]").TextContent, StringComparison.Ordinal);
        await cut.Find("[data-testid=transfer-complete]").ClickAsync(Click);
        Assert.Equal(["consult agent2", "complete"], CallControls.Asked);
    }

    [Fact]
    public async Task Transfer_SearchNarrowsTheList()
    {
        CallControls.Choices = [new(TransferTarget.Agent("agent2"), "Agent Two", "ext. 102", "available"), new(TransferTarget.Team(1), "Sales", "team", "team")];
        var cut = await InCallAsync();
        await cut.Find("[data-testid=call-transfer]").ClickAsync(Click);

        cut.Find("input[data-testid=transfer-target-search]").Input("sal");

        cut.WaitForAssertion(() => Assert.Equal("team", Assert.Single(cut.FindAll("[data-testid=transfer-target]")).GetAttribute("data-presence")));
    }

    [Fact]
    public async Task Transfer_ToNumberRefused_ShowsWhyAndTheCallStays()
    {
        var cut = await InCallAsync();
        CallControls.Answer = CallControlResult.Refused("Calls to GB are not allowed. Allowed: US.");
        CallControls.Snapshot = CallControlSnapshot.Plain(42);
        await cut.Find("[data-testid=call-transfer]").ClickAsync(Click);

        cut.Find("input[data-testid=transfer-number]").Input("+442071838750");
        await cut.Find("[data-testid=transfer-blind]").ClickAsync(Click);

        Assert.Equal(["blind +442071838750"], CallControls.Asked);
        Assert.Contains("not allowed", cut.Find("[data-testid=softphone-error]").TextContent, StringComparison.Ordinal);
        Assert.Equal("in-call", cut.Find("[data-testid=softphone-panel]").GetAttribute("data-state"));
    }

    [Fact]
    public async Task Participants_RemoveOne_AsksToDropThatParty()
    {
        var cut = await InCallAsync();
        CallControls.Snapshot = Snapshot(parties:
        [
            new("CA-c", "(212) 555-0147", "customer", false, true, false),
            new("CA-me", "Agent Seven", "agent", false, true, true),
            new("CA-n", "(212) 555-0166", "number", false, true, false),
        ]);
        await cut.Find("[data-testid=call-add-participant]").ClickAsync(Click);
        cut.Find("input[data-testid=transfer-number]").Input("+12125550166");
        await cut.Find("[data-testid=participant-add]").ClickAsync(Click);

        var parties = cut.FindAll("[data-testid=call-participant]");
        Assert.Equal(3, parties.Count);
        await parties[2].QuerySelector("[data-testid=remove]")!.ClickAsync(Click);

        Assert.Equal(["add +12125550166", "remove CA-n"], CallControls.Asked);
    }

    private async Task<IRenderedComponent<Ispecia.Voip.Web.Softphone.Softphone>> InCallAsync()
    {
        Session.Setup<string?>("connect", _ => true).SetResult("CA-test-42");
        var cut = await RenderOpenAsync();
        cut.Find("input[data-testid=keypad-number]").Input("(212) 555-0147");
        await cut.Find("[data-testid=call-start]").ClickAsync(Click);
        await cut.InvokeAsync(() => cut.Instance.OnAccepted("CA-test-42"));
        return cut;
    }
}

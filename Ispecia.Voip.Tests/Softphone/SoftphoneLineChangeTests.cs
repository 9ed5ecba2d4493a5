namespace Ispecia.Voip.Tests.Softphone;

/// <summary>An admin switches an agent's line on or off while the agent's softphone is open.</summary>
public sealed class SoftphoneLineChangeTests : SoftphoneTestContext
{
    [Fact]
    public async Task LineChanged_SwitchedOn_RegistersWithoutAReload()
    {
        await AddAgentAsync(active: false);
        var cut = Render<Ispecia.Voip.Web.Softphone.Softphone>();
        await cut.Find("[data-testid=softphone-toggle]").ClickAsync(new MouseEventArgs());
        Assert.NotEmpty(cut.FindAll("[data-testid=softphone-inactive]"));
        Assert.Empty(Module.Invocations["start"]);

        await SetLineActiveAsync(true);

        cut.WaitForAssertion(() => Assert.Single(Module.Invocations["start"]));
        Assert.Empty(cut.FindAll("[data-testid=softphone-inactive]"));
    }

    [Fact]
    public async Task LineChanged_SwitchedOff_UnregistersAndSaysWhomToAsk()
    {
        Session.SetupVoid("dispose", _ => true).SetVoidResult();
        var cut = await RenderOpenAsync();

        await SetLineActiveAsync(false);

        cut.WaitForAssertion(() => Assert.Contains("Ask an admin", cut.Find("[data-testid=softphone-inactive]").TextContent, StringComparison.Ordinal));
        Assert.Single(Session.Invocations["dispose"]);
        await cut.InvokeAsync(() => cut.Instance.OnRegistered()); // a late event from the Device being torn down
        var status = cut.Find("[data-testid=softphone-status]");
        Assert.Equal("Inactive", status.TextContent.Trim());
        Assert.DoesNotContain("success", status.ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetTokenAsync_LineSwitchedOffWithoutNotice_RefusesAToken()
    {
        var cut = await RenderOpenAsync();
        await using (var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            // As on another instance: the change reaches the database, not this circuit.
            await db.VoipAccounts.Where(a => a.UserId == UserId).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsActive, false), TestContext.Current.CancellationToken);
        }

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => cut.InvokeAsync(() => cut.Instance.GetTokenAsync()));
        Assert.Equal(Ispecia.Voip.Web.Softphone.VoipTokenApi.NoLineMessage, refusal.Message);
    }

    [Fact]
    public async Task LineChanged_DuringACall_WaitsUntilTheCallEnds()
    {
        Session.SetupVoid("dispose", _ => true).SetVoidResult();
        var cut = await RenderOpenAsync();
        await cut.InvokeAsync(() => cut.Instance.OnIncoming(new IncomingDeviceCall("CA-in-9", "+12125550100", null, null, "+14155550101", null)));
        await cut.InvokeAsync(() => cut.Instance.OnAccepted("CA-in-9"));

        await SetLineActiveAsync(false);

        Assert.Equal("in-call", cut.Find("[data-testid=softphone-panel]").GetAttribute("data-state"));
        Assert.Empty(Session.Invocations["dispose"]);
        await cut.InvokeAsync(() => cut.Instance.OnDisconnected("CA-in-9"));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=softphone-inactive]")));
        Assert.Single(Session.Invocations["dispose"]);
    }

    [Fact]
    public async Task UserDeactivated_UnregistersTheSoftphone()
    {
        Session.SetupVoid("dispose", _ => true).SetVoidResult();
        var cut = await RenderOpenAsync();

        // What deactivating a user does: store it, then announce the line change (the line is unusable now).
        await using (var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.Users.Where(u => u.Id == UserId).ExecuteUpdateAsync(u => u.SetProperty(x => x.IsActive, false), TestContext.Current.CancellationToken);
        }

        await cut.InvokeAsync(() => Services.GetRequiredService<LineChanges>().Publish(UserId));

        cut.WaitForAssertion(() => Assert.Single(Session.Invocations["dispose"]));
        Assert.NotEmpty(cut.FindAll("[data-testid=softphone-inactive]"));
    }

    [Fact]
    public async Task LineChanged_SomeoneElsesLine_ChangesNothing()
    {
        var cut = await RenderOpenAsync();

        await cut.InvokeAsync(() => Services.GetRequiredService<LineChanges>().Publish("another-user"));

        Assert.Equal("idle", cut.Find("[data-testid=softphone-panel]").GetAttribute("data-state"));
        Assert.Single(Module.Invocations["start"]);
    }

    /// <summary>What the accounts page does: store the line, then announce it.</summary>
    private async Task SetLineActiveAsync(bool active)
    {
        await using (var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken))
        {
            await db.VoipAccounts.Where(a => a.UserId == UserId).ExecuteUpdateAsync(a => a.SetProperty(x => x.IsActive, active), TestContext.Current.CancellationToken);
        }

        Services.GetRequiredService<LineChanges>().Publish(UserId);
    }
}

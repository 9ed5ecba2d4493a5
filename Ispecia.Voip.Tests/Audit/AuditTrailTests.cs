using static Ispecia.Voip.Tests.Infrastructure.AuditAssert;

namespace Ispecia.Voip.Tests.Audit;

/// <summary>
/// Changes to trunks, routes and teams made through the services the pages call are on the audit trail: who, when, what,
/// and each changed field before and after; the audit page shows them, newest first.
/// </summary>
public sealed class AuditTrailTests(AdminApp app) : IClassFixture<AdminApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TrunkChanges_CreateEditDisableDelete_AuditedWithTheDiffAndShown()
    {
        var (after, since) = (await app.LastAuditIdAsync(), DateTime.UtcNow);
        var trunks = app.Get<TrunkService>();
        var name = Unique("Carrier");
        var id = (await trunks.SaveAsync(new TrunkRequest
        {
            Name = name, Provider = TrunkProvider.Sip, Host = "sip.carrier.example.com", Port = 5061, Transport = SipTransport.Tls,
            Username = "ispecia", Password = "Trunk-pw-0451",
        }, app.Admin, Ct))!.Value;
        var edit = TrunkService.ToRequest((await trunks.GetAsync(id, Ct))!);
        (edit.Port, edit.Transport) = (5080, SipTransport.Tcp);
        await trunks.SaveAsync(edit, app.Admin, Ct);
        Assert.True(await trunks.SetActiveAsync(id, active: false, app.Admin, Ct));
        Assert.True((await trunks.DeleteAsync(id, app.Admin, Ct)).Deleted);

        var key = id.ToString();
        var entries = await ByAdminAsync(app, after, since,
            ("Trunk", key, AuditActions.Created), ("Trunk", key, AuditActions.Updated), ("Trunk", key, AuditActions.Disabled), ("Trunk", key, AuditActions.Deleted));
        Assert.Equal(new AuditFieldChange("Address", "sip.carrier.example.com:5061/TLS", "sip.carrier.example.com:5080/TCP"), Assert.Single(Changes(entries[1])));
        Assert.Equal(new AuditFieldChange("Active", "yes", "no"), Assert.Single(Changes(entries[2])));
        var rows = await ShownAsync(app, entries);
        Assert.Equal($"Created trunk '{name}'.", rows[entries[0].Id].Summary);
        Assert.Contains("Password: [redacted]", rows[entries[0].Id].Changes);
        Assert.Equal(["Address: sip.carrier.example.com:5061/TLS → sip.carrier.example.com:5080/TCP"], rows[entries[1].Id].Changes);
        Assert.Equal(["Active: yes → no"], rows[entries[2].Id].Changes);
        Assert.Contains($"Name: {name} → —", rows[entries[3].Id].Changes);
        Assert.All(rows.Values, r => Assert.DoesNotContain("Trunk-pw-0451", string.Join(" ", r.Changes), StringComparison.Ordinal));
    }

    [Fact]
    public async Task RouteChanges_CreateEditDisableDelete_AuditedWithTheDiffAndShown()
    {
        var (after, since) = (await app.LastAuditIdAsync(), DateTime.UtcNow);
        var routes = app.Get<InboundRouteService>();
        var name = Unique("Night line");
        var request = new InboundRouteRequest { Name = name, DidPattern = "+14155550188", Priority = await routes.NextPriorityAsync(Ct) };
        var id = await routes.CreateAsync(request, app.Admin, Ct);
        (request.Destination, request.DestinationNumber, request.RingTimeoutSeconds) = (RouteDestination.ExternalNumber, "(212) 555-0199", 45);
        Assert.True(await routes.UpdateAsync(id, request, app.Admin, Ct));
        Assert.True(await routes.SetActiveAsync(id, active: false, app.Admin, Ct));
        Assert.True(await routes.DeleteAsync(id, app.Admin, Ct));

        var key = id.ToString();
        var entries = await ByAdminAsync(app, after, since,
            ("InboundRoute", key, AuditActions.Created), ("InboundRoute", key, AuditActions.Updated),
            ("InboundRoute", key, AuditActions.Disabled), ("InboundRoute", key, AuditActions.Deleted));
        Assert.Equal(
            [new AuditFieldChange("Destination", "Voicemail", "Forward to +12125550199"), new AuditFieldChange("RingTimeoutSeconds", "20", "45")],
            Changes(entries[1]));
        var rows = await ShownAsync(app, entries);
        Assert.Contains("DidPattern: +14155550188", rows[entries[0].Id].Changes);
        Assert.Equal(["Destination: Voicemail → Forward to +12125550199", "RingTimeoutSeconds: 20 → 45"], rows[entries[1].Id].Changes);
        Assert.Equal(["Active: yes → no"], rows[entries[2].Id].Changes);
        Assert.Equal($"Deleted route '{name}'.", rows[entries[3].Id].Summary);
    }

    [Fact]
    public async Task TeamChanges_CreateEditDelete_AuditedWithTheMembersAndShown()
    {
        var (after, since) = (await app.LastAuditIdAsync(), DateTime.UtcNow);
        var teams = app.Get<TeamService>();
        var (agent1, agent2) = (await app.UserIdAsync(DemoAccounts.Agent1), await app.UserIdAsync(DemoAccounts.Agent2));
        var name = Unique("Support");
        var id = (await teams.SaveAsync(new TeamRequest { Name = name, MemberIds = [agent1] }, app.Admin, Ct))!.Value;
        await teams.SaveAsync(new TeamRequest { Id = id, Name = name + " EU", CallerId = "(415) 555-0100", MemberIds = [agent1, agent2] }, app.Admin, Ct);
        Assert.True((await teams.DeleteAsync(id, app.Admin, Ct)).Deleted);

        var key = id.ToString();
        var entries = await ByAdminAsync(app, after, since,
            ("Team", key, AuditActions.Created), ("Team", key, AuditActions.Updated), ("Team", key, AuditActions.Deleted));
        Assert.Equal(
            [
                new AuditFieldChange("Name", name, name + " EU"), new AuditFieldChange("CallerId", null, "+14155550100"),
                new AuditFieldChange("Members", "Avery Agent", "Avery Agent, Blake Agent"),
            ],
            Changes(entries[1]));
        var rows = await ShownAsync(app, entries);
        Assert.Contains("Members: Avery Agent", rows[entries[0].Id].Changes);
        Assert.Contains("Members: Avery Agent → Avery Agent, Blake Agent", rows[entries[1].Id].Changes);
        Assert.Contains("Members: Avery Agent, Blake Agent → —", rows[entries[2].Id].Changes);
    }
}

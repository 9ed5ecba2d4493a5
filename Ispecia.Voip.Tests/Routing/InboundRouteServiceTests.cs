using FluentValidation;

namespace Ispecia.Voip.Tests.Routing;

/// <summary>The service behind the inbound routes page (kept beside the page's tests).</summary>
public sealed class InboundRouteServiceTests : IAsyncLifetime
{
    private AdminServices services = null!;

    private InboundRouteService Routes => services.Get<InboundRouteService>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => services = await AdminServices.StartAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task MoveUpAsync_DifferentPriorities_SwapsThemAndAuditsBoth()
    {
        var a = await AddAsync("A", 1);
        var b = await AddAsync("B", 5);
        var c = await AddAsync("C", 9);

        Assert.True(await Routes.MoveUpAsync(c, AdminServices.Admin, Cancel));

        Assert.Equal([("A", 1), ("C", 5), ("B", 9)], await OrderAsync());
        var moves = (await services.AuditAsync()).Where(e => e.Action == AuditActions.Moved).ToList();
        Assert.Equal([b.ToString(), c.ToString()], moves.Select(e => e.EntityId).Order());
        Assert.Contains(moves, e => e.Summary == "Moved route 'C' up.");
        _ = a;
    }

    [Fact]
    public async Task MoveDownAsync_SamePriority_PutsTheOtherAheadAndKeepsLaterRoutesBehind()
    {
        var a = await AddAsync("A", 2);
        await AddAsync("B", 2);
        await AddAsync("C", 3);

        Assert.True(await Routes.MoveDownAsync(a, AdminServices.Admin, Cancel));

        Assert.Equal([("B", 2), ("A", 3), ("C", 4)], await OrderAsync());
    }

    [Fact]
    public async Task MoveUpAsync_AlreadyFirst_ChangesNothing()
    {
        var a = await AddAsync("A", 1);
        await AddAsync("B", 2);

        Assert.False(await Routes.MoveUpAsync(a, AdminServices.Admin, Cancel));

        Assert.Equal([("A", 1), ("B", 2)], await OrderAsync());
        Assert.DoesNotContain(await services.AuditAsync(), e => e.Action == AuditActions.Moved);
    }

    [Fact]
    public async Task CreateAsync_AgentWithoutVoipAccount_RefusedAndNothingStored()
    {
        var user = await services.AddUserAsync("Cy Nolan");

        var error = await Assert.ThrowsAsync<ValidationException>(() => Routes.CreateAsync(
            new InboundRouteRequest { Name = "Cy direct", DidPattern = "+14155550109", Destination = RouteDestination.Agent, DestinationUserId = user },
            AdminServices.Admin, Cancel));

        Assert.Contains(error.Errors, e => e.PropertyName == nameof(InboundRouteRequest.DestinationUserId));
        Assert.Empty(await Routes.ListAsync(Cancel));
    }

    [Fact]
    public async Task UpdateAsync_ChangedDestination_ClearsTheOldOneAndAuditsByName()
    {
        var user = await services.AddUserAsync("Ana Lima", "ana.lima");
        var id = await Routes.CreateAsync(
            new InboundRouteRequest { Name = "Ana direct", DidPattern = "+14155550109", Destination = RouteDestination.Agent, DestinationUserId = user },
            AdminServices.Admin, Cancel);
        var edit = (await Routes.GetAsync(id, Cancel))!;
        edit.Destination = RouteDestination.ExternalNumber;
        edit.DestinationNumber = "(212) 555-0199";

        Assert.True(await Routes.UpdateAsync(id, edit, AdminServices.Admin, Cancel));

        var route = Assert.Single(await Routes.ListAsync(Cancel));
        Assert.Equal((RouteDestination.ExternalNumber, null, "+12125550199"), (route.Destination, route.DestinationUserId, route.DestinationNumber));
        var change = AuditLog.ReadChanges((await services.AuditAsync()).Last().Changes);
        Assert.Contains(new AuditFieldChange("Destination", "Agent Ana Lima", "Forward to +12125550199"), change);
    }

    [Fact]
    public async Task TestAsync_StoredRoutes_SameAnswerAsTheRouter()
    {
        await AddAsync("Any", 5, "*");
        await AddAsync("Main", 1, "+14155550100");

        var match = await Routes.TestAsync("(415) 555-0100", "+12125550199", Cancel);

        Assert.Equal("Main", match.Route!.Name);
        Assert.Equal(2, match.Explanation.Count);
    }

    [Fact]
    public void FindDuplicates_SamePatternsActive_GroupsThemFirstWinnerFirst()
    {
        var routes = new[]
        {
            new InboundRoute { Id = 1, Name = "One", DidPattern = "+14155550100", Priority = 3 },
            new InboundRoute { Id = 2, Name = "Two", DidPattern = " +14155550100", Priority = 1 },
            new InboundRoute { Id = 3, Name = "Off", DidPattern = "+14155550100", IsActive = false },
            new InboundRoute { Id = 4, Name = "Other", DidPattern = "+14155550100", CallerIdPattern = "+1212*" },
        };

        var group = Assert.Single(InboundRouteService.FindDuplicates(routes));

        Assert.Equal(["Two", "One"], group.Select(r => r.Name));
    }

    private async Task<int> AddAsync(string name, int priority, string did = "*") =>
        await Routes.CreateAsync(new InboundRouteRequest { Name = name, DidPattern = did, Priority = priority }, AdminServices.Admin, Cancel);

    private async Task<List<(string, int)>> OrderAsync() =>
        (await Routes.ListAsync(Cancel)).Select(r => (r.Name, r.Priority)).ToList();
}

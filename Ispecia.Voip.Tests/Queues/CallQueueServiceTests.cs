using FluentValidation;
using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Core.Routing;

namespace Ispecia.Voip.Tests.Queues;

public sealed class CallQueueServiceTests : IAsyncLifetime
{
    private AdminServices services = null!;

    private CallQueueService Queues => services.Get<CallQueueService>();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => services = await AdminServices.StartAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task SaveAsync_NewQueue_StoresItAndAuditsTheTargetByName()
    {
        var ana = await services.AddUserAsync("Ana Lima", "ana.lima", "201");

        var id = await Queues.SaveAsync(new CallQueueRequest
        {
            Name = " Support ", MemberIds = [ana], AtMaxWait = RouteDestination.ExternalNumber, MaxWaitNumber = "(415) 555-0177",
        }, AdminServices.Admin, Cancel);

        var stored = (await Queues.GetAsync(id!.Value, Cancel))!;
        Assert.Equal(("Support", "+14155550177", null), (stored.Name, stored.MaxWaitNumber, stored.HoldMusicUrl));
        var changes = AuditLog.ReadChanges(Assert.Single(await services.AuditAsync()).Changes);
        Assert.Contains(new AuditFieldChange("AtMaxWait", null, "Forward to +14155550177"), changes);
        Assert.Contains(new AuditFieldChange("Members", null, "Ana Lima"), changes);
        Assert.Contains(new AuditFieldChange("HoldMusic", null, "built-in"), changes);
    }

    [Theory]
    [InlineData(10, "Announce every 15 to 600 seconds, or 0 for never.")]
    [InlineData(601, "Announce every 15 to 600 seconds, or 0 for never.")]
    public async Task SaveAsync_AnnouncementOutOfRange_RefusedWithTheRange(int seconds, string message)
    {
        var ana = await services.AddUserAsync("Ana Lima", "ana.lima");

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Queues.SaveAsync(new CallQueueRequest { Name = "Support", MemberIds = [ana], AnnounceEverySeconds = seconds }, AdminServices.Admin, Cancel));

        Assert.Equal([message], refused.Errors.Select(e => e.ErrorMessage));
        Assert.Empty(await Queues.ListAsync(Cancel));
    }

    [Theory]
    [InlineData("ftp://music.example/hold.mp3")]
    [InlineData("hold.mp3")]
    public async Task SaveAsync_HoldMusicNotAWebAddress_Refused(string url)
    {
        var ana = await services.AddUserAsync("Ana Lima", "ana.lima");

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Queues.SaveAsync(new CallQueueRequest { Name = "Support", MemberIds = [ana], HoldMusicUrl = url }, AdminServices.Admin, Cancel));

        Assert.StartsWith("Enter the web address (https://…) of an MP3 or WAV file", Assert.Single(refused.Errors).ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveAsync_SameNameAsAnother_Refused()
    {
        var ana = await services.AddUserAsync("Ana Lima", "ana.lima");
        await Queues.SaveAsync(new CallQueueRequest { Name = "Support", MemberIds = [ana] }, AdminServices.Admin, Cancel);

        var refused = await Assert.ThrowsAsync<ValidationException>(() =>
            Queues.SaveAsync(new CallQueueRequest { Name = "SUPPORT", MemberIds = [ana] }, AdminServices.Admin, Cancel));

        Assert.Equal(["Another queue is already called 'SUPPORT'; choose another name."], refused.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public async Task DeleteAsync_QueueARouteFallsBackTo_RefusedNamingTheRoute()
    {
        var ana = await services.AddUserAsync("Ana Lima", "ana.lima");
        var id = (await Queues.SaveAsync(new CallQueueRequest { Name = "Support", MemberIds = [ana] }, AdminServices.Admin, Cancel))!.Value;
        await services.Get<InboundRouteService>().CreateAsync(new InboundRouteRequest
        {
            Name = "Ana direct", DidPattern = "+14155550120", Destination = RouteDestination.Agent, DestinationUserId = ana,
            Fallback = RouteDestination.Queue, FallbackQueueId = id,
        }, AdminServices.Admin, Cancel);

        var result = await Queues.DeleteAsync(id, AdminServices.Admin, Cancel);

        Assert.False(result.Deleted);
        Assert.Equal("Inbound route 'Ana direct' still sends calls to this queue. Send them somewhere else first.", result.Message);
        Assert.Equal(["Ana direct"], (await Queues.ListAsync(Cancel)).Single().RouteNames);
    }

    [Fact]
    public async Task CreateRoute_QueueThatDoesNotExist_RefusedAndNothingStored()
    {
        var refused = await Assert.ThrowsAsync<ValidationException>(() => services.Get<InboundRouteService>().CreateAsync(
            new InboundRouteRequest { Name = "Support line", DidPattern = "+14155550120", Destination = RouteDestination.Queue, DestinationQueueId = 99 },
            AdminServices.Admin, Cancel));

        Assert.Equal(["This queue no longer exists; choose another."], refused.Errors.Select(e => e.ErrorMessage));
        Assert.Empty(await services.Get<InboundRouteService>().ListAsync(Cancel));
    }
}

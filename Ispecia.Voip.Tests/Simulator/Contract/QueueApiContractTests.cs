using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Tests.Queues;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Rest.Api.V2010.Account.Queue;

namespace Ispecia.Voip.Tests.Simulator.Contract;

/// <summary>The simulator's Queue and Queue Member resources, read and updated through the official library's QueueResource and MemberResource.</summary>
public sealed class QueueApiContractTests : IAsyncLifetime
{
    private readonly SimulatorApp app = SimulatorApp.Start(timeScale: 0.1);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task ReadQueuesAndFetchFront_CallerWaiting_ReadAsTwilioResources()
    {
        var (queue, caller) = await CallerWaitingAsync();
        var client = Client();

        var queues = (await QueueResource.ReadAsync(client: client)).ToList();
        var front = await MemberResource.FetchAsync(queues[0].Sid, "Front", client: client);
        var fetched = await QueueResource.FetchAsync(queues[0].Sid, client: client);

        Assert.Equal((CallQueue.TwilioNameFor(queue.QueueId), 1, 1000), (queues[0].FriendlyName, queues[0].CurrentSize, queues[0].MaxSize));
        Assert.Equal(queues[0].Sid, fetched.Sid);
        Assert.Equal((caller, 1, queues[0].Sid), (front.CallSid, front.Position, front.QueueSid));
        Assert.NotNull(front.DateEnqueued);
        Assert.Single(await MemberResource.ReadAsync(queues[0].Sid, client: client));
    }

    [Fact]
    public async Task UpdateMember_WithUrl_CallerLeavesTheQueueAndRunsThatTwiml()
    {
        var (_, caller) = await CallerWaitingAsync();
        var client = Client();
        var queueSid = (await QueueResource.ReadAsync(client: client)).Single().Sid;

        var dequeued = await MemberResource.UpdateAsync(queueSid, caller, new Uri(app.BaseUrl + "/voip/webhook/twilio/voicemail-done"), client: client);

        Assert.Equal(caller, dequeued.CallSid);
        Assert.Equal(0, (await QueueResource.FetchAsync(queueSid, client: client)).CurrentSize);
        var log = app.Factory.Services.GetRequiredService<TwilioSimulator>().Log;
        await WaitForAsync(() => log.Recent().Any(e => e.CallSid == caller && e.Message == "Thank you for your message. Goodbye."));
        var missing = await Assert.ThrowsAsync<ApiException>(() => MemberResource.FetchAsync(queueSid, caller, client: client));
        Assert.Equal((404, 20404), (missing.Status, missing.Code));
    }

    private async Task<(QueueScenario Queue, string Caller)> CallerWaitingAsync()
    {
        var queue = await new QueueScenario(app.Factory.Services).StartAsync();
        var caller = queue.PlaceCall();
        await queue.WaitForEntryAsync(caller, e => e.TwilioQueueSid != null);
        return (queue, caller);
    }

    private TwilioRestClient Client()
    {
        var credentials = app.Factory.Services.GetRequiredService<SimulatorCredentials>();
        var http = app.Factory.Services.GetRequiredService<IHttpClientFactory>().CreateClient(Ispecia.Voip.Core.Twilio.TwilioRegistration.HttpClientName);
        return new TwilioRestClient(credentials.AccountSid, credentials.AuthToken, httpClient: new SystemNetHttpClient(http));
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(15);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The simulator log never showed it.");
            await Task.Delay(100, Cancel);
        }
    }
}

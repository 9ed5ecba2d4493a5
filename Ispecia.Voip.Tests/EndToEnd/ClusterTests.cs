using System.Collections.Concurrent;
using Ispecia.Voip.Core.Calls.Events;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;

namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>
/// Two instances behind nginx (scripts/cluster.sh): what lands on one instance reaches people on the other, a route
/// changed on one is used by the other's next call, and losing an instance loses nothing it acknowledged.
/// </summary>
public sealed class ClusterTests : IAsyncLifetime
{
    private LocalCluster cluster = null!;

    public async ValueTask InitializeAsync() => cluster = await LocalCluster.StartAsync();

    public ValueTask DisposeAsync() => cluster.DisposeAsync();

    [Fact]
    public async Task Webhook_LandingOnA_UpdatesThePageAndSoftphoneOpenOnB()
    {
        await using var browser = await TestBrowser.LaunchAsync();
        var page = await browser.SignInAsync(cluster.PublicUrl, DemoAccounts.Supervisor, StickTo('b'));
        await TestBrowser.GotoInteractiveAsync(page, "/calls");
        await using var softphoneOnB = await HubOnAsync('b', DemoAccounts.Agent1);
        var ringing = new TaskCompletionSource<IncomingCallEvent>(TaskCreationOptions.RunContinuationsAsynchronously);
        softphoneOnB.On<IncomingCallEvent>("IncomingCall", e => ringing.TrySetResult(e));
        await softphoneOnB.StartAsync(TestContext.Current.CancellationToken);

        var sid = TwilioModeApp.NewCallSid();
        var answer = await PostVoiceWebhookAsync(cluster.InstanceUrl('a'), sid, from: "+13125550177");

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(sid, (await ringing.Task.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken)).CallSid);
        await Assertions.Expect(page.GetByText("(312) 555-0177").First).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await TestBrowser.ScreenshotAsync(page, "cluster-calls-page-on-b");
    }

    [Fact]
    public async Task Route_ChangedOnA_IsUsedByBsNextCall()
    {
        var before = await (await PostVoiceWebhookAsync(cluster.InstanceUrl('b'), TwilioModeApp.NewCallSid(), "+13125550179", DemoDataSeeder.MainLineDid))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(">agent1<", before, StringComparison.Ordinal);

        // The admin, kept on instance A, sends the main line to agent 2 alone instead of the Sales team.
        await using var browser = await TestBrowser.LaunchAsync();
        var admin = await browser.SignInAsync(cluster.PublicUrl, DemoAccounts.Admin, StickTo('a'));
        await TestBrowser.GotoInteractiveAsync(admin, "/settings/voip/routes");
        var mainLine = admin.Locator("tr", new() { Has = admin.GetByTestId("route-row").Filter(new() { HasTextString = "Main line" }) });
        await mainLine.GetByTestId("route-edit").ClickAsync();
        await PickAsync(admin, "route-destination", "Agent");
        await PickAsync(admin, "route-agent", "Blake Agent (agent2)");
        await admin.GetByTestId("route-save").ClickAsync();
        await Assertions.Expect(admin.Locator(".mud-dialog")).ToHaveCountAsync(0);

        var after = await (await PostVoiceWebhookAsync(cluster.InstanceUrl('b'), TwilioModeApp.NewCallSid(), "+13125550179", DemoDataSeeder.MainLineDid))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(">agent2<", after, StringComparison.Ordinal);
        Assert.DoesNotContain(">agent1<", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task KillingAnInstance_MidTraffic_LosesNoAcknowledgedWebhook()
    {
        var acknowledged = new ConcurrentBag<string>();
        var refused = 0;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(6));
        var senders = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var sid = TwilioModeApp.NewCallSid();
                try
                {
                    // Through nginx, no sticky cookie: the calls are spread over both instances, as Twilio's would be.
                    var response = await PostVoiceWebhookAsync(cluster.PublicUrl, sid, from: "+13125550178");
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        acknowledged.Add(sid);
                    }
                    else
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref refused);
                }
            }
        })).ToList();

        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        var beforeKill = acknowledged.Count;
        cluster.Kill('a');
        await Task.WhenAll(senders);

        Assert.True(beforeKill > 0, "No webhook was answered before the kill.");
        Assert.True(acknowledged.Count > beforeKill, "Instance B answered nothing after A was killed.");
        var stored = await StoredCallSidsAsync();
        var lost = acknowledged.Where(sid => !stored.Contains(sid)).ToList();
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged webhooks were not stored.");
    }

    private static async Task PickAsync(IPage page, string testId, string option)
    {
        await page.GetByTestId(testId).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item", new() { HasTextString = option }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
    }

    private static Func<IBrowserContext, Task> StickTo(char instance) => context => context.AddCookiesAsync(
        [new Microsoft.Playwright.Cookie { Name = "ispecia_node", Value = instance.ToString(), Domain = "127.0.0.1", Path = "/" }]);

    private async Task<HubConnection> HubOnAsync(char instance, string email)
    {
        using var client = new HttpClient { BaseAddress = new Uri(cluster.PublicUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password = DemoUsers.Password }, TestContext.Current.CancellationToken);
        login.EnsureSuccessStatusCode();
        var token = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>(TestContext.Current.CancellationToken))!["accessToken"].ToString();
        return new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri(cluster.PublicUrl), "hubs/voip"), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.Headers["Cookie"] = $"ispecia_node={instance}";
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
    }

    /// <summary>An inbound call to agent 1's number, signed for the public origin as Twilio signs it.</summary>
    private async Task<HttpResponseMessage> PostVoiceWebhookAsync(string origin, string sid, string from, string to = DemoDataSeeder.Agent1Did)
    {
        const string path = "/voip/webhook/twilio/voice";
        var form = new Dictionary<string, string>
        {
            ["CallSid"] = sid, ["From"] = from, ["To"] = to, ["CallStatus"] = "ringing",
            ["AccountSid"] = "AC" + new string('a', 32), ["Direction"] = "inbound",
        };
        using var client = new HttpClient { BaseAddress = new Uri(origin), Timeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("X-Twilio-Signature", TwilioSigner.Sign(TwilioModeApp.AuthToken, cluster.PublicUrl + path, form));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<HashSet<string>> StoredCallSidsAsync()
    {
        await using var connection = new NpgsqlConnection(cluster.DatabaseConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var query = new NpgsqlCommand("""SELECT "CallSid" FROM "Calls" WHERE "CallSid" IS NOT NULL""", connection);
        await using var reader = await query.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        var sids = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            sids.Add(reader.GetString(0));
        }

        return sids;
    }
}

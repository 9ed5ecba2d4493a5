using System.Net.Http.Json;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Data;
using Ispecia.Voip.Core.Twilio;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>The real app on Kestrel (loopback) in simulator mode, fast simulated time, with .NET stand-ins for browser devices.</summary>
public sealed class SimulatorApp : IAsyncDisposable
{
    private SimulatorApp(VoipAppFactory factory, string baseUrl)
    {
        Factory = factory;
        BaseUrl = baseUrl;
        Http = new HttpClient { BaseAddress = new Uri(baseUrl) };
    }

    public VoipAppFactory Factory { get; }

    public string BaseUrl { get; }

    public HttpClient Http { get; }

    public static SimulatorApp Start(double timeScale = 0.05)
    {
        var factory = new VoipAppFactory(settings: new Dictionary<string, string?>
        {
            ["Voip:Mode"] = "Simulator",
            ["Simulator:TimeScale"] = timeScale.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorApp(factory, address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'));
    }

    public string TokenFor(string identity) => Factory.Services.GetRequiredService<AccessTokenGenerator>().Create(identity).Token;

    /// <summary>A registered simulated device for <paramref name="identity"/>.</summary>
    public async Task<TestDevice> RegisterDeviceAsync(string identity)
    {
        var device = new TestDevice(new HubConnectionBuilder().WithUrl($"{BaseUrl}/simulator/device").Build(), TokenFor(identity));
        await device.StartAsync();
        return device;
    }

    public async Task<HttpClient> AdminClientAsync()
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.Admin, password = Ispecia.Voip.Core.Data.Seeding.DemoUsers.Password }, TestContext.Current.CancellationToken);
        var token = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>(TestContext.Current.CancellationToken))!["accessToken"].ToString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Polls the database until the call matching <paramref name="predicate"/> satisfies <paramref name="done"/>.</summary>
    public Task<Call> WaitForCallAsync(Func<Call, bool> predicate, Func<Call, bool> done, TimeSpan? timeout = null) =>
        Factory.WaitForCallAsync(predicate, done, timeout);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
    }
}

using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

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

    public static SimulatorApp Start(double timeScale = 0.05, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Voip:Mode"] = "Simulator",
            ["Simulator:TimeScale"] = timeScale.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        var factory = new VoipAppFactory(settings: all);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SimulatorApp(factory, address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/'));
    }

    public string TokenFor(string identity) => Factory.Services.GetRequiredService<AccessTokenGenerator>().Create(identity).Token;

    /// <summary>The simulator's signalling WebSocket, where the Voice SDK's frames land.</summary>
    public Uri SignallingUrl => new(BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal) + Ispecia.Voip.Web.Simulator.SimulatorSignalingEndpoint.Path);

    /// <summary>A device for <paramref name="identity"/> that has listened with its token and registered.</summary>
    public async Task<TestDevice> RegisterDeviceAsync(string identity)
    {
        var device = new TestDevice(TokenFor(identity));
        await device.StartAsync(SignallingUrl);
        return device;
    }

    /// <summary>A signalling connection that has sent nothing yet (<paramref name="token"/> is what it may listen with).</summary>
    public async Task<TestDevice> OpenSocketAsync(string token = "")
    {
        var device = new TestDevice(token);
        await device.StartAsync(SignallingUrl, register: false);
        return device;
    }

    public async Task<HttpClient> AdminClientAsync()
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.Admin, password = Ispecia.Voip.Core.Setup.DemoUsers.Password }, TestContext.Current.CancellationToken);
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

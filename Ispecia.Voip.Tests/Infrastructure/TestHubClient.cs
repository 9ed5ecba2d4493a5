using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>A /hubs/voip connection to a test server as a softphone page makes it, signed in with a bearer token; not started.</summary>
public static class TestHubClient
{
    public static async Task<HubConnection> ConnectAsync(VoipAppFactory instance, string email)
    {
        var login = await instance.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = DemoUsers.Password }, TestContext.Current.CancellationToken);
        var token = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>(TestContext.Current.CancellationToken))!["accessToken"].ToString();
        return new HubConnectionBuilder()
            .WithUrl(new Uri(instance.Server.BaseAddress, "hubs/voip"), o =>
            {
                o.HttpMessageHandlerFactory = _ => instance.Server.CreateHandler();
                o.Transports = HttpTransportType.LongPolling;
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
            .Build();
    }
}

using System.Security.Claims;
using Ispecia.Voip.Web.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;

namespace Ispecia.Voip.Tests.Security;

/// <summary>Deactivation, a role change and a password reset take effect at once: tokens, cookies, circuits, hub connections.</summary>
public sealed class AccessRevocationTests : IAsyncLifetime
{
    private const string ApiPath = "/api/voip/calls/history";
    private static readonly AuditActor Admin = new("test-admin", DemoAccounts.Admin);
    private readonly VoipAppFactory factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    private UserAdministration Users => factory.Services.GetRequiredService<UserAdministration>();

    [Fact]
    public async Task Deactivated_BearerTokenAndCookieAreRefusedAtOnce()
    {
        var bearer = await factory.CreateClientForAsync(DemoAccounts.Agent2);
        var cookie = await factory.CreateCookieClientForAsync(DemoAccounts.Agent2);
        await AssertStatusAsync(HttpStatusCode.OK, bearer, cookie);

        await Users.SetActiveAsync(await UserIdAsync(DemoAccounts.Agent2), active: false, Admin, TestContext.Current.CancellationToken);

        await AssertStatusAsync(HttpStatusCode.Unauthorized, bearer, cookie);
    }

    [Fact]
    public async Task RoleChanged_OldBearerTokenAndCookieAreRefusedAtOnce()
    {
        var bearer = await factory.CreateClientForAsync(DemoAccounts.Supervisor);
        var cookie = await factory.CreateCookieClientForAsync(DemoAccounts.Supervisor);
        await AssertStatusAsync(HttpStatusCode.OK, bearer, cookie);

        await Users.UpdateUserAsync(new UpdateUserRequest { UserId = await UserIdAsync(DemoAccounts.Supervisor), DisplayName = "Demoted", Role = Roles.Agent },
            Admin, TestContext.Current.CancellationToken);

        await AssertStatusAsync(HttpStatusCode.Unauthorized, bearer, cookie);
    }

    [Fact]
    public async Task PasswordReset_OldBearerTokenAndCookieAreRefusedAtOnce()
    {
        var bearer = await factory.CreateClientForAsync(DemoAccounts.Agent1);
        var cookie = await factory.CreateCookieClientForAsync(DemoAccounts.Agent1);
        await AssertStatusAsync(HttpStatusCode.OK, bearer, cookie);

        await Users.ResetPasswordAsync(new ResetPasswordRequest { UserId = await UserIdAsync(DemoAccounts.Agent1), NewPassword = "Changed!2027-long" },
            Admin, TestContext.Current.CancellationToken);

        await AssertStatusAsync(HttpStatusCode.Unauthorized, bearer, cookie);
    }

    [Fact]
    public async Task Deactivated_CookieIsRemoved()
    {
        var cookie = await factory.CreateCookieClientForAsync(DemoAccounts.Agent2);
        await Users.SetActiveAsync(await UserIdAsync(DemoAccounts.Agent2), active: false, Admin, TestContext.Current.CancellationToken);

        var response = await cookie.GetAsync(ApiPath, TestContext.Current.CancellationToken);

        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Identity.Application=;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Deactivated_OpenHubConnectionIsClosedAndCannotReconnect()
    {
        var token = await TokenAsync(DemoAccounts.Agent2);
        await using var connection = HubConnection(token);
        await connection.StartAsync(TestContext.Current.CancellationToken);
        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.Closed += _ => { closed.TrySetResult(); return Task.CompletedTask; };

        await Users.SetActiveAsync(await UserIdAsync(DemoAccounts.Agent2), active: false, Admin, TestContext.Current.CancellationToken);

        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        await using var again = HubConnection(token);
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => again.StartAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task RoleChanged_HubConnectionOfAnotherUserStaysOpen()
    {
        await using var connection = HubConnection(await TokenAsync(DemoAccounts.Agent1));
        await connection.StartAsync(TestContext.Current.CancellationToken);

        await Users.UpdateUserAsync(new UpdateUserRequest { UserId = await UserIdAsync(DemoAccounts.Supervisor), DisplayName = "Demoted", Role = Roles.Agent },
            Admin, TestContext.Current.CancellationToken);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        Assert.Equal(HubConnectionState.Connected, connection.State);
    }

    [Theory]
    [InlineData("deactivate")]
    [InlineData("role")]
    [InlineData("password")]
    public async Task Changed_OpenCircuitBecomesAnonymousAtOnce(string change)
    {
        var userId = await UserIdAsync(DemoAccounts.Supervisor);
        using var circuit = new RevalidatingIdentityStateProvider(
            factory.Services.GetRequiredService<ILoggerFactory>(), factory.Services.GetRequiredService<SignInCheck>(), factory.Services.GetRequiredService<UserAccessChanges>());
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(await PrincipalAsync(DemoAccounts.Supervisor))));
        var signedOut = new TaskCompletionSource<AuthenticationState>(TaskCreationOptions.RunContinuationsAsynchronously);
        circuit.AuthenticationStateChanged += async state => signedOut.TrySetResult(await state);

        await (change switch
        {
            "deactivate" => Users.SetActiveAsync(userId, active: false, Admin, TestContext.Current.CancellationToken),
            "role" => Users.UpdateUserAsync(new UpdateUserRequest { UserId = userId, DisplayName = "Demoted", Role = Roles.Agent }, Admin, TestContext.Current.CancellationToken),
            _ => Users.ResetPasswordAsync(new ResetPasswordRequest { UserId = userId, NewPassword = "Changed!2027-long" }, Admin, TestContext.Current.CancellationToken),
        });

        var state = await signedOut.Task.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.False(state.User.Identity?.IsAuthenticated);
    }

    [Fact]
    public async Task ChangeToAnotherUser_OpenCircuitStaysSignedIn()
    {
        using var circuit = new RevalidatingIdentityStateProvider(
            factory.Services.GetRequiredService<ILoggerFactory>(), factory.Services.GetRequiredService<SignInCheck>(), factory.Services.GetRequiredService<UserAccessChanges>());
        circuit.SetAuthenticationState(Task.FromResult(new AuthenticationState(await PrincipalAsync(DemoAccounts.Agent1))));
        var changed = false;
        circuit.AuthenticationStateChanged += _ => changed = true;

        await Users.SetActiveAsync(await UserIdAsync(DemoAccounts.Agent2), active: false, Admin, TestContext.Current.CancellationToken);
        await Task.Delay(300, TestContext.Current.CancellationToken);

        Assert.False(changed);
    }

    private async Task AssertStatusAsync(HttpStatusCode expected, params HttpClient[] clients)
    {
        foreach (var client in clients)
        {
            Assert.Equal(expected, (await client.GetAsync(ApiPath, TestContext.Current.CancellationToken)).StatusCode);
        }
    }

    private async Task<string> UserIdAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id;
    }

    /// <summary>The principal a sign-in gives the user now, as a circuit holds it.</summary>
    private async Task<ClaimsPrincipal> PrincipalAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>().CreateAsync(user!);
    }

    private async Task<string> TokenAsync(string email)
    {
        var login = await factory.CreateClient().PostAsJsonAsync("/api/auth/login", new { email, password = Ispecia.Voip.Core.Setup.DemoUsers.Password }, TestContext.Current.CancellationToken);
        return (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>(TestContext.Current.CancellationToken))!["accessToken"].ToString()!;
    }

    private HubConnection HubConnection(string token) => new HubConnectionBuilder()
        .WithUrl(new Uri(factory.Server.BaseAddress, "hubs/voip"), o =>
        {
            o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
            o.Transports = HttpTransportType.LongPolling;
            o.AccessTokenProvider = () => Task.FromResult<string?>(token);
        })
        .Build();
}

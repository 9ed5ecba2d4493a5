using Ispecia.Voip.Web.Hosting;

namespace Ispecia.Voip.Tests.Hosting;

public sealed class CreateAdminCommandTests : IAsyncLifetime
{
    private const string Password = "A long passphrase 2026!";
    private readonly VoipAppFactory factory = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => factory.DisposeAsync();

    [Fact]
    public async Task RunAsync_PasswordOnTheCommandLine_RefusedAndNoUserCreated()
    {
        var exit = await CreateAdminCommand.RunAsync(
            factory.Services, ["create-admin", "--email", "cli@example.com", "--password", Password], new StringReader(""), null);

        Assert.Equal(2, exit);
        Assert.Null(await FindAsync("cli@example.com"));
    }

    [Fact]
    public async Task RunAsync_PasswordOnStandardInput_CreatesAnAdminWhoCanSignIn()
    {
        var exit = await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "--email", "stdin@example.com"], new StringReader(Password + "\n"), null);

        Assert.Equal(0, exit);
        Assert.NotNull(await factory.CreateClientForAsync("stdin@example.com", Password));
    }

    [Fact]
    public async Task RunAsync_PasswordInTheEnvironmentVariable_CreatesAnAdmin()
    {
        var exit = await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "--email", "env@example.com"], new StringReader(""), Password);

        Assert.Equal(0, exit);
        var admin = await FindAsync("env@example.com");
        Assert.NotNull(admin);
        await using var scope = factory.Services.CreateAsyncScope();
        Assert.True(await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().IsInRoleAsync(admin, Roles.Admin));
    }

    [Fact]
    public async Task RunAsync_NoPasswordAnywhere_Refused()
    {
        var exit = await CreateAdminCommand.RunAsync(factory.Services, ["create-admin", "--email", "none@example.com"], new StringReader(""), null);

        Assert.Equal(2, exit);
        Assert.Null(await FindAsync("none@example.com"));
    }

    private async Task<AppUser?> FindAsync(string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
    }
}

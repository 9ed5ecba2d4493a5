namespace Ispecia.Voip.Web.Hosting;

/// <summary>
/// `dotnet run --project Ispecia.Voip.Web -- create-admin --email E`: the first admin for a real deployment, where no
/// demo data is seeded. The password comes from the VOIP_ADMIN_PASSWORD environment variable or standard input,
/// never from the command line, where `ps` and the shell history would show it.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "VOIP_ADMIN_PASSWORD";
    private const string Usage = "Usage: create-admin --email admin@example.com, with the password in " + PasswordVariable + " or on standard input.";

    public static Task<int> RunAsync(IServiceProvider services, string[] args) =>
        RunAsync(services, args, Console.In, Environment.GetEnvironmentVariable(PasswordVariable));

    /// <param name="input">Standard input: its first line is the password when the variable is not set.</param>
    /// <param name="passwordVariable">The value of VOIP_ADMIN_PASSWORD, if set.</param>
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader input, string? passwordVariable)
    {
        if (args.Contains("--password"))
        {
            Console.Error.WriteLine("--password is not accepted: a password on the command line shows in `ps` and the shell history. " + Usage);
            return 2;
        }

        var email = ValueOf(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        if (string.IsNullOrEmpty(passwordVariable) && !Console.IsInputRedirected && ReferenceEquals(input, Console.In))
        {
            Console.Error.Write("Password for the new admin (then Enter): ");
        }

        var password = string.IsNullOrEmpty(passwordVariable) ? await input.ReadLineAsync() : passwordVariable;
        if (string.IsNullOrWhiteSpace(password))
        {
            Console.Error.WriteLine("No password given. " + Usage);
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        await DatabaseInitializer.MigrateAsync(scope.ServiceProvider.GetRequiredService<IDbContextFactory<VoipDbContext>>(), CancellationToken.None);
        await DatabaseInitializer.EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            Console.Error.WriteLine($"A user with the email {email} already exists.");
            return 1;
        }

        var admin = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
        var created = await users.CreateAsync(admin, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(admin, Roles.Admin);
        }

        if (!created.Succeeded)
        {
            Console.Error.WriteLine("Could not create the admin: " + string.Join(" ", created.Errors.Select(e => e.Description)));
            return 1;
        }

        Console.WriteLine($"Admin {email} created. Sign in at /Account/Login.");
        return 0;
    }

    private static string? ValueOf(string[] args, string flag)
    {
        var index = Array.IndexOf(args, flag);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}

using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Ispecia.Voip.Web.Startup;

/// <summary>
/// `dotnet run --project Ispecia.Voip.Web -- create-admin --email E --password P`: the first admin for a real
/// deployment, where no demo data is seeded.
/// </summary>
public static class CreateAdminCommand
{
    public const string Name = "create-admin";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var email = ValueOf(args, "--email");
        var password = ValueOf(args, "--password");
        if (string.IsNullOrWhiteSpace(email) || string.IsNullOrWhiteSpace(password))
        {
            Console.Error.WriteLine("Usage: create-admin --email admin@example.com --password <password>");
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

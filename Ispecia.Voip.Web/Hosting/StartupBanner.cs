using Ispecia.Voip.Core.Setup;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Ispecia.Voip.Web.Hosting;

/// <summary>Prints where the app listens, its telephony mode and (demo only) the sign-ins, once the server is up.</summary>
public static class StartupBanner
{
    public static bool DemoDataReady { get; set; }

    public static void PrintWhenStarted(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var mode = app.Services.GetRequiredService<TelephonyMode>();
            Console.WriteLine(string.Join(Environment.NewLine, Lines(addresses, mode, DemoDataReady)) + Environment.NewLine);
        });
    }

    /// <summary>The banner's lines; it always says whether the published demo sign-ins exist on this server.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<string> addresses, TelephonyMode mode, bool demoUsersSeeded)
    {
        var lines = new List<string>
        {
            "",
            "Ispecia VoIP is running.",
            $"  Open:       {string.Join("  ", addresses)}",
            $"  Telephony:  {mode.Name} ({mode.Reason})",
        };
        if (!demoUsersSeeded)
        {
            lines.Add($"  Demo users: not seeded (real telephony outside Development); create an admin with '{CreateAdminCommand.Name}'.");
            return lines;
        }

        lines.Add($"  Demo users: seeded. Sign-ins (password {DemoUsers.Password}; demo data only, never use these in production):");
        lines.AddRange(DemoUsers.All.Select(u => $"    {u.Email,-26} {u.Role}"));
        return lines;
    }
}

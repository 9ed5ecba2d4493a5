using Ispecia.Voip.Core.Configuration;
using Ispecia.Voip.Core.Data.Seeding;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Ispecia.Voip.Web.Startup;

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
            var lines = new List<string>
            {
                "",
                "Ispecia VoIP is running.",
                $"  Open:       {string.Join("  ", addresses)}",
                $"  Telephony:  {mode.Name} ({mode.Reason})",
            };
            if (DemoDataReady)
            {
                lines.Add($"  Demo sign-ins (password {DemoUsers.Password}; demo data only, never use these in production):");
                lines.AddRange(DemoUsers.All.Select(u => $"    {u.Email,-26} {u.Role}"));
            }

            Console.WriteLine(string.Join(Environment.NewLine, lines) + Environment.NewLine);
        });
    }
}

using Microsoft.Extensions.Configuration.Json;

namespace Ispecia.Voip.Web.Hosting;

/// <summary>
/// The repository's root appsettings.json is the file users edit. The Web project links it into its output folder;
/// `dotnet run` uses the project folder as content root, where it is not, so it is read from the output folder, in
/// the place the content-root file would have had (before appsettings.{Environment}.json and environment variables).
/// </summary>
public static class RootSettingsFile
{
    public static void AddRootSettingsFile(this ConfigurationManager configuration, IHostEnvironment environment)
    {
        var inContentRoot = Path.Combine(environment.ContentRootPath, "appsettings.json");
        var inOutput = Path.Combine(AppContext.BaseDirectory, "appsettings.json");
        if (File.Exists(inContentRoot) || !File.Exists(inOutput))
        {
            return;
        }

        var sources = configuration.Sources;
        var position = sources.ToList().FindIndex(s => s is JsonConfigurationSource { Path: "appsettings.json" });
        // Same switch as the host's own appsettings files (hostBuilder:reloadConfigOnChange, default true).
        var reload = configuration.GetValue("hostBuilder:reloadConfigOnChange", defaultValue: true);
        var source = new JsonConfigurationSource { Path = inOutput, Optional = false, ReloadOnChange = reload };
        source.ResolveFileProvider();
        if (position >= 0)
        {
            sources.Insert(position + 1, source);
        }
        else
        {
            sources.Insert(0, source);
        }
    }
}

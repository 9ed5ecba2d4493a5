using System.Runtime.CompilerServices;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>Process-wide settings for the many app instances the tests start.</summary>
internal static class TestProcessSettings
{
    /// <summary>
    /// No file watchers on configuration files: each app instance would hold several inotify instances, and Linux
    /// allows 128 per user by default.
    /// </summary>
    [ModuleInitializer]
    internal static void DisableConfigurationReload() =>
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}

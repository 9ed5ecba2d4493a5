namespace Ispecia.Voip.Load.Harness;

/// <summary>Where things are: the repository, the Release builds it runs, and a scratch folder for databases and logs.</summary>
public sealed class Workspace
{
    public Workspace(LoadOptions options)
    {
        RepoRoot = FindRepoRoot();
        Scratch = options.Scratch ?? Path.Combine(Path.GetTempPath(), $"voip-load-{Environment.ProcessId}");
        AppEnvironment = options.AppEnvironment;
        Directory.CreateDirectory(Scratch);
    }

    /// <summary>Added to (and overriding) the app's environment in every run.</summary>
    public IReadOnlyDictionary<string, string> AppEnvironment { get; }

    public string RepoRoot { get; }

    public string Scratch { get; }

    public string AppDll => Path.Combine(RepoRoot, "Ispecia.Voip.Web", "bin", "Release", "net10.0", "Ispecia.Voip.Web.dll");

    /// <summary>This benchmark's own dll, which also serves the no-op reference app (`serve-noop`).</summary>
    public static string SelfDll => typeof(Workspace).Assembly.Location;

    public string LogPath(string name) => Path.Combine(Scratch, "logs", name + ".log");

    /// <summary>A new, not yet existing SQLite file.</summary>
    public string NewDatabasePath(string name)
    {
        var folder = Path.Combine(Scratch, name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "voip.db");
    }

    private static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ispecia.Voip.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository (no Ispecia.Voip.sln found above the current directory).");
    }
}

namespace Ispecia.Voip.Web.Hosting;

/// <summary>
/// The product guide's variable names (TWILIO_ACCOUNT_SID...) mapped to configuration keys, so an existing
/// <c>.env</c> file or environment keeps working (docs/architecture.md section 4).
/// </summary>
public static class GuideVariables
{
    public static readonly IReadOnlyDictionary<string, string> ToConfigKey = new Dictionary<string, string>
    {
        ["TWILIO_ACCOUNT_SID"] = "Twilio:AccountSid",
        ["TWILIO_AUTH_TOKEN"] = "Twilio:AuthToken",
        ["TWILIO_PHONE_NUMBER"] = "Twilio:PhoneNumber",
        ["TWILIO_API_KEY"] = "Twilio:ApiKey",
        ["TWILIO_API_SECRET"] = "Twilio:ApiSecret",
        ["TWILIO_TWIML_APP_SID"] = "Twilio:TwimlAppSid",
        ["TWILIO_CALLER_ID"] = "Twilio:CallerId",
    };

    /// <summary>
    /// Adds the guide variables from a <c>.env</c> file in the working directory or the content root (if any) and then
    /// from the environment,
    /// which wins. Keys already set with their own names (Twilio__AccountSid) still win over both, as they are added later.
    /// </summary>
    public static IConfigurationBuilder AddGuideVariables(this IConfigurationBuilder builder, string contentRoot)
    {
        var values = new Dictionary<string, string?>();
        var dotEnvFiles = new[] { Directory.GetCurrentDirectory(), contentRoot }
            .Select(dir => Path.GetFullPath(Path.Combine(dir, ".env")))
            .Distinct(StringComparer.Ordinal);
        foreach (var (name, value) in dotEnvFiles.SelectMany(ReadDotEnv))
        {
            if (ToConfigKey.TryGetValue(name, out var key))
            {
                values[key] = value;
            }
        }

        foreach (var (name, key) in ToConfigKey)
        {
            if (Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                values[key] = value;
            }
        }

        return builder.AddInMemoryCollection(values);
    }

    private static IEnumerable<(string Name, string Value)> ReadDotEnv(string path)
    {
        if (!File.Exists(path))
        {
            yield break;
        }

        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (line.StartsWith('#') || equals <= 0)
            {
                continue;
            }

            yield return (line[..equals].Trim(), line[(equals + 1)..].Trim().Trim('"', '\''));
        }
    }
}

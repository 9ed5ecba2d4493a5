using Microsoft.AspNetCore.Http.HttpResults;

namespace Ispecia.Voip.Web.Endpoints;

/// <summary>
/// Reads query-string values with messages a caller can act on, collecting every problem so one 400 names them
/// all. Values are bound as strings so that a bad one gets such a message instead of a bare 400.
/// </summary>
internal sealed class QueryValues
{
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public bool HasErrors => errors.Count > 0;

    public ValidationProblem Problem() => TypedResults.ValidationProblem(errors, title: "Some query values are not valid.");

    public void Fail(string name, string message) => errors[name] = [message];

    /// <summary>An enum member by name, case-insensitive; numbers are refused.</summary>
    public TEnum? Enum<TEnum>(string name, string? value)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var names = System.Enum.GetNames<TEnum>();
        var match = names.FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            Fail(name, $"'{value}' is not a valid {name}; use one of: {string.Join(", ", names.Select(n => n.ToLowerInvariant()))}.");
            return null;
        }

        return System.Enum.Parse<TEnum>(match);
    }

    /// <summary>One of <paramref name="words"/>, case-insensitive, spelled as the list spells it.</summary>
    public string? Word(string name, string? value, IReadOnlyList<string> words)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var match = words.FirstOrDefault(w => string.Equals(w, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            Fail(name, $"'{value}' is not a valid {name}; use one of: {string.Join(", ", words)}.");
        }

        return match;
    }

    /// <summary>
    /// A date (<c>2026-11-24</c>, midnight UTC) or an instant (<c>2026-11-24T09:30:00Z</c>; UTC when no offset is
    /// given), as UTC. With <paramref name="endOfRange"/> a bare date means the end of that day.
    /// </summary>
    public DateTime? Date(string name, string? value, bool endOfRange)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var midnight = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            return endOfRange && day < DateOnly.MaxValue ? midnight.AddDays(1) : midnight;
        }

        if (DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.UtcDateTime;
        }

        Fail(name, $"'{value}' is not a date; use 2026-11-24 or 2026-11-24T09:30:00Z.");
        return null;
    }

    /// <summary>Refuses a range whose start is not before its end.</summary>
    public void Range(string fromName, DateTime? from, string toName, DateTime? to)
    {
        if (from is { } start && to is { } end && start >= end)
        {
            Fail(fromName, $"{fromName} must be before {toName}.");
        }
    }

    public int Int(string name, string? value, int fallback, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        if (int.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        Fail(name, $"{name} must be a whole number from {min} to {max}.");
        return fallback;
    }

    public bool Bool(string name, string? value, bool fallback)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case null or "":
                return fallback;
            case "true" or "1":
                return true;
            case "false" or "0":
                return false;
            default:
                Fail(name, $"{name} must be true or false.");
                return fallback;
        }
    }

    /// <summary>Text up to <paramref name="maxLength"/> characters, trimmed; null when blank.</summary>
    public string? Text(string name, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            Fail(name, $"{name} is limited to {maxLength} characters.");
            return null;
        }

        return value.Trim();
    }
}

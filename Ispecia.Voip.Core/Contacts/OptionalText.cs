namespace Ispecia.Voip.Core.Contacts;

/// <summary>How contacts and leads store an optional text field: trimmed, and null rather than blank.</summary>
internal static class OptionalText
{
    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

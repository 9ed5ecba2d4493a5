namespace Ispecia.Voip.Core.Phone;

/// <summary>Cleans what people paste into a number field before libphonenumber sees it.</summary>
internal static class PhoneInput
{
    /// <summary>
    /// Drops a <c>tel:</c> prefix and the separators people write (spaces, dots, dashes, slashes,
    /// parentheses), and turns a leading <c>00</c> international prefix into <c>+</c>.
    /// </summary>
    public static string Clean(string input)
    {
        var text = input.Trim();
        if (text.StartsWith("tel:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[4..];
        }

        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsSeparator(c))
            {
                kept.Append(c);
            }
        }

        var cleaned = kept.ToString();
        return cleaned.StartsWith("00", StringComparison.Ordinal) ? "+" + cleaned[2..] : cleaned;
    }

    /// <summary>True for <c>+</c> followed by ASCII digits, or ASCII digits alone.</summary>
    public static bool IsDialString(string text)
    {
        var digits = text.StartsWith('+') ? text.AsSpan(1) : text.AsSpan();
        return !digits.IsEmpty && !digits.ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '.' or '-' or '/' or '(' or ')' or '\u2212' || (c >= '\u2010' && c <= '\u2015');
}

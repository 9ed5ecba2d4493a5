namespace Ispecia.Voip.Core.Routing;

/// <summary>How the router reads the called and calling numbers before it compares them with route patterns.</summary>
public static class RouteNumbers
{
    /// <summary>E.164 when the input reads as a number; digits without separators when it is a number
    /// libphonenumber refuses; otherwise the input itself (<c>anonymous</c>, <c>client:alice</c>). Null when empty.</summary>
    public static string? Normalise(string? input, PhoneNumberService phone) =>
        string.IsNullOrWhiteSpace(input) ? null : Normalise(input, phone.Parse(input));

    /// <summary>The same, for a caller that has already parsed <paramref name="input"/> (the voice webhook), so
    /// the number is not parsed twice on the call path.</summary>
    public static string? Normalise(string? input, PhoneParseResult parsed)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }

        if (parsed.IsValid)
        {
            return parsed.E164;
        }

        var cleaned = PhoneInput.Clean(input);
        return PhoneInput.IsDialString(cleaned) ? cleaned : input.Trim();
    }
}

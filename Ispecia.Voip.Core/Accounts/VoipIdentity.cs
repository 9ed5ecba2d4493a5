using System.Text.RegularExpressions;

namespace Ispecia.Voip.Core.Accounts;

/// <summary>Twilio client identities: letters, digits, '.', '_' and '-' only, at most <see cref="VoipAccount.IdentityMaxLength"/> characters.</summary>
public static partial class VoipIdentity
{
    /// <summary>True when Twilio accepts <paramref name="identity"/> as a client identity.</summary>
    public static bool IsValid(string? identity) =>
        !string.IsNullOrEmpty(identity) && identity.Length <= VoipAccount.IdentityMaxLength && Allowed().IsMatch(identity);

    /// <summary>
    /// An identity made from a person's name: accents dropped, spaces become dots, anything else Twilio
    /// refuses is left out, lower case. <c>Zoë van Dijk</c> becomes <c>zoe.van.dijk</c>; a name with nothing
    /// usable gives <c>user</c>.
    /// </summary>
    public static string FromName(string? name)
    {
        var builder = new StringBuilder();
        foreach (var c in (name ?? "").Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if ((char.IsWhiteSpace(c) || c == '.') && builder.Length > 0 && builder[^1] != '.')
            {
                builder.Append('.');
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // The accent of a decomposed letter: its base letter was kept.
            }
        }

        var identity = builder.ToString().Trim('.');
        identity = identity.Length > VoipAccount.IdentityMaxLength - 4 ? identity[..(VoipAccount.IdentityMaxLength - 4)].TrimEnd('.') : identity;
        return identity.Length == 0 ? "user" : identity;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+$")]
    private static partial Regex Allowed();
}

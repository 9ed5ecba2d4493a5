namespace Ispecia.Voip.Core.Accounts;

/// <summary>
/// Identity's password rules (<see cref="PasswordOptions"/>) as one sentence for a form, so the admin learns every
/// missing part at once instead of one per attempt. Mirrors Identity's own PasswordValidator, which still runs.
/// </summary>
public static class PasswordPolicy
{
    /// <summary>Null when <paramref name="password"/> meets the rules; otherwise what it still needs.</summary>
    public static string? Check(string? password, PasswordOptions rules)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "Enter a password.";
        }

        var missing = new List<string>();
        if (password.Length < rules.RequiredLength)
        {
            missing.Add($"at least {rules.RequiredLength} characters");
        }

        if (rules.RequireUppercase && !password.Any(char.IsAsciiLetterUpper))
        {
            missing.Add("an upper-case letter");
        }

        if (rules.RequireLowercase && !password.Any(char.IsAsciiLetterLower))
        {
            missing.Add("a lower-case letter");
        }

        if (rules.RequireDigit && !password.Any(char.IsAsciiDigit))
        {
            missing.Add("a digit");
        }

        if (rules.RequireNonAlphanumeric && password.All(char.IsAsciiLetterOrDigit))
        {
            missing.Add("a symbol such as ! or #");
        }

        if (password.Distinct().Count() < rules.RequiredUniqueChars)
        {
            missing.Add($"at least {rules.RequiredUniqueChars} different characters");
        }

        return missing.Count == 0 ? null : $"The password needs {Join(missing)}.";
    }

    private static string Join(List<string> parts) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";
}

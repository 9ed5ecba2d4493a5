using System.Diagnostics.CodeAnalysis;

namespace Ispecia.Voip.Core.Routing;

/// <summary>Reads the pattern forms of <see cref="RoutePattern"/>; every error names what to fix and, where it helps, the position (from 1).</summary>
internal static class RoutePatternParser
{
    private const string E164Hint = "Use E.164 like +14155550100.";

    public static bool TryParse(string? text, [NotNullWhen(true)] out RoutePattern? pattern, out string error)
    {
        pattern = null;
        var trimmed = text?.Trim() ?? "";
        error = trimmed switch
        {
            "" => "Enter a pattern: a number like +14155550100, a prefix like +1555*, * for any number, or a FreePBX pattern like _1NXXNXXXXXX.",
            "*" => Build(trimmed, RoutePatternKind.Any, [], RouteTail.OneOrMore, out pattern),
            ['_', ..] => ParseFreePbx(trimmed, out pattern),
            [.., '*'] => ParseNumber(trimmed, trimmed[..^1], RoutePatternKind.Prefix, out pattern),
            _ => ParseNumber(trimmed, trimmed, RoutePatternKind.Exact, out pattern),
        };
        return pattern is not null;
    }

    private static string ParseNumber(string text, string number, RoutePatternKind kind, out RoutePattern? pattern)
    {
        pattern = null;
        var isPrefix = kind == RoutePatternKind.Prefix;
        var example = isPrefix ? "A prefix is + and digits followed by *, like +1555*." : E164Hint;
        var star = number.IndexOf('*', StringComparison.Ordinal);
        if (star >= 0)
        {
            return $"'*' at position {star + 1} may only stand alone or end a prefix, like +1555*.";
        }

        if (number.IndexOfAny(['X', 'Z', 'N', 'x', 'z', 'n', '[']) >= 0 && number.All(c => char.IsAsciiDigit(c) || "XZNxzn[]-.+".Contains(c)))
        {
            return "Start a FreePBX pattern with '_', like _1NXXNXXXXXX.";
        }

        if (!number.StartsWith('+'))
        {
            return number.Length > 0 && number.All(char.IsAsciiDigit)
                ? $"Start with + and the country code. {example}"
                : example;
        }

        var digits = number[1..];
        var bad = digits.AsSpan().IndexOfAnyExceptInRange('0', '9');
        if (bad >= 0)
        {
            return digits[bad] is ' ' or '-' or '(' or ')' or '.'
                ? $"Remove spaces and punctuation. {example}"
                : $"'{digits[bad]}' at position {bad + 2} is not a digit. {example}";
        }

        if (digits.Length == 0)
        {
            return isPrefix ? "Put at least one digit between + and *, like +1*, or use * alone for any number." : E164Hint;
        }

        if (digits[0] == '0')
        {
            return $"A country code never starts with 0. {example}";
        }

        if (digits.Length > RoutePattern.MaxDigits)
        {
            return $"A phone number has at most {RoutePattern.MaxDigits} digits after the +.";
        }

        if (!isPrefix && digits.Length < 3)
        {
            return $"This is too short for a phone number. {E164Hint}";
        }

        var positions = digits.Select(d => (ushort)(1 << (d - '0'))).ToArray();
        return Build(text, kind, positions, isPrefix ? RouteTail.ZeroOrMore : RouteTail.None, out pattern);
    }

    private static string ParseFreePbx(string text, out RoutePattern? pattern)
    {
        pattern = null;
        var positions = new List<ushort>();
        var tail = RouteTail.None;
        var i = text.Length > 1 && text[1] == '+' ? 2 : 1;
        if (i == text.Length)
        {
            return "Add digits, X, Z, N, [..] or '.' after '_', like _1NXXNXXXXXX.";
        }

        for (; i < text.Length; i++)
        {
            var c = text[i];
            switch (char.ToUpperInvariant(c))
            {
                case >= '0' and <= '9':
                    positions.Add((ushort)(1 << (c - '0')));
                    break;
                case 'X':
                    positions.Add(RoutePattern.AnyDigit);
                    break;
                case 'Z':
                    positions.Add(RoutePattern.AnyDigit & ~1);
                    break;
                case 'N':
                    positions.Add(RoutePattern.AnyDigit & ~0b11);
                    break;
                case '[':
                    var close = text.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        return $"Unclosed '[' at position {i + 1}.";
                    }

                    var classError = ParseClass(text, i, close, out var allowed);
                    if (classError is not null)
                    {
                        return classError;
                    }

                    positions.Add(allowed);
                    i = close;
                    break;
                case '.' when i == text.Length - 1:
                    tail = RouteTail.OneOrMore;
                    break;
                case '.':
                    return $"'.' must be the last character (found at position {i + 1}).";
                case ']':
                    return $"']' at position {i + 1} has no matching '['.";
                case '+':
                    return $"'+' may only come right after '_' (found at position {i + 1}).";
                default:
                    return $"Only digits, X, Z, N, [..] and '.' may follow '_' (found '{c}' at position {i + 1}).";
            }
        }

        if (positions.Count + (tail == RouteTail.OneOrMore ? 1 : 0) > RoutePattern.MaxDigits)
        {
            return $"This pattern needs more than {RoutePattern.MaxDigits} digits; no phone number is that long.";
        }

        return Build(text, RoutePatternKind.FreePbx, [.. positions], tail, out pattern);
    }

    /// <summary>Reads <c>[1-35-7]</c> between <paramref name="open"/> and <paramref name="close"/> into a digit mask.</summary>
    private static string? ParseClass(string text, int open, int close, out ushort allowed)
    {
        allowed = 0;
        if (close == open + 1)
        {
            return $"Empty '[]' at position {open + 1}: put digits or a range like [1-5] inside.";
        }

        for (var j = open + 1; j < close; j++)
        {
            var c = text[j];
            if (!char.IsAsciiDigit(c))
            {
                return $"Only digits and ranges like 1-5 may appear inside [..] (found '{c}' at position {j + 1}).";
            }

            var last = c;
            if (j + 2 < close && text[j + 1] == '-')
            {
                last = text[j + 2];
                if (!char.IsAsciiDigit(last))
                {
                    return $"Only digits and ranges like 1-5 may appear inside [..] (found '{last}' at position {j + 3}).";
                }

                if (last < c)
                {
                    return $"The range {c}-{last} at position {j + 1} runs backwards; write {last}-{c}.";
                }

                j += 2;
            }

            for (var d = c; d <= last; d++)
            {
                allowed |= (ushort)(1 << (d - '0'));
            }
        }

        return null;
    }

    private static string Build(string text, RoutePatternKind kind, ushort[] positions, RouteTail tail, out RoutePattern? pattern)
    {
        pattern = new RoutePattern(text, kind, positions, tail);
        return "";
    }
}

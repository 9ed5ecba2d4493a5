using System.Text;

namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// The spellings of one webhook URL that Twilio may have signed (PROTOCOL.md 2.1 step 5): as given, with the
/// default port added or an explicit port removed, and each with the query spelled as a browser would encode it
/// or with %27 written back as an apostrophe. Everything is string work: <see cref="Uri"/> would lowercase the
/// host and drop :443, which changes the signature.
/// </summary>
internal static class SignedUrlVariants
{
    public static IReadOnlyList<string> Of(string url)
    {
        var variants = new List<string>();
        foreach (var spelling in new[] { url, TogglePort(url) })
        {
            if (spelling is null)
            {
                continue;
            }

            foreach (var candidate in new[] { spelling, EncodeQueryLikeBrowsers(spelling), DecodeApostrophes(spelling) })
            {
                if (!variants.Contains(candidate, StringComparer.Ordinal))
                {
                    variants.Add(candidate);
                }
            }
        }

        return variants;
    }

    /// <summary>The URL without its explicit port, or with the scheme's default port when it has none; null for other schemes.</summary>
    public static string? TogglePort(string url)
    {
        var schemeEnd = url.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return null;
        }

        var authorityStart = schemeEnd + 3;
        var authorityEnd = url.IndexOfAny(['/', '?', '#'], authorityStart);
        if (authorityEnd < 0)
        {
            authorityEnd = url.Length;
        }

        var hostStart = url.LastIndexOf('@', authorityEnd - 1, authorityEnd - authorityStart) + 1;
        if (hostStart == 0)
        {
            hostStart = authorityStart;
        }

        var host = url[hostStart..authorityEnd];
        var colon = host.StartsWith('[') ? host.IndexOf("]:", StringComparison.Ordinal) + 1 : host.LastIndexOf(':');
        if (colon > 0)
        {
            return string.Concat(url.AsSpan(0, hostStart + colon), url.AsSpan(authorityEnd));
        }

        var scheme = url[..schemeEnd];
        var defaultPort = scheme.Equals("https", StringComparison.OrdinalIgnoreCase) ? ":443"
            : scheme.Equals("http", StringComparison.OrdinalIgnoreCase) ? ":80"
            : null;
        return defaultPort is null ? null : url.Insert(authorityEnd, defaultPort);
    }

    // A WHATWG URL parser percent-encodes these in the query of http(s) URLs.
    private static string EncodeQueryLikeBrowsers(string url) => MapQuery(url, query =>
    {
        var encoded = new StringBuilder(query.Length);
        Span<byte> utf8 = stackalloc byte[4];
        foreach (var rune in query.EnumerateRunes())
        {
            if (rune.Value is > 0x20 and < 0x7F and not ('"' or '\'' or '<' or '>'))
            {
                encoded.Append((char)rune.Value);
                continue;
            }

            foreach (var b in utf8[..rune.EncodeToUtf8(utf8)])
            {
                encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return encoded.ToString();
    });

    // Node's legacy querystring module writes an apostrophe back unescaped.
    private static string DecodeApostrophes(string url) =>
        MapQuery(url, query => query.Replace("%27", "'", StringComparison.OrdinalIgnoreCase));

    private static string MapQuery(string url, Func<string, string> map)
    {
        var queryStart = url.IndexOf('?');
        if (queryStart < 0)
        {
            return url;
        }

        var queryEnd = url.IndexOf('#', queryStart);
        if (queryEnd < 0)
        {
            queryEnd = url.Length;
        }

        return string.Concat(url.AsSpan(0, queryStart + 1), map(url[(queryStart + 1)..queryEnd]), url.AsSpan(queryEnd));
    }
}

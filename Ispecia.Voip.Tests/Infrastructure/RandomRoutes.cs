namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// Random route sets and numbers for differential tests of the route matchers. Digits come from a small alphabet and
/// numbers are short, so patterns overlap and numbers match several routes often: ties on priority, specificity and
/// id, caller-ID patterns, inactive routes and invalid patterns all turn up in every few sets.
/// </summary>
internal sealed class RandomRoutes(int seed)
{
    private const string PatternDigits = "1245";
    private const string NumberDigits = "01245";
    private static readonly string[] FreePbxTokens = ["1", "2", "4", "5", "0", "X", "x", "N", "Z", "z", "[1-2]", "[45]", "[0-14]"];
    private static readonly string[] Invalid = ["_1[2", "1212*", "+12*3", "", "  ", "+0123", "_1.2", "abc"];

    private readonly Random random = new(seed);

    public List<InboundRoute> Routes(int count) =>
        Enumerable.Range(0, count).Select(_ => new InboundRoute
        {
            Id = random.Next(0, count + 1),
            Name = "R",
            DidPattern = Pattern(),
            CallerIdPattern = random.Next(3) == 0 ? Pattern() : random.Next(8) == 0 ? " " : null,
            Priority = random.Next(1, 4),
            IsActive = random.Next(7) != 0,
        }).ToList();

    /// <summary>A number to route: often one made to fit a pattern of <paramref name="routes"/>, else a random one.</summary>
    public string? Number(IReadOnlyList<InboundRoute> routes)
    {
        var from = routes.Count == 0 ? null : routes[random.Next(routes.Count)];
        return random.Next(10) switch
        {
            < 5 when from is not null => Fitting(random.Next(4) == 0 && from.CallerIdPattern is { } caller ? caller : from.DidPattern),
            5 => new[] { null, "", "anonymous", "client:alice", "+", "++1245" }[random.Next(6)],
            _ => (random.Next(4) == 0 ? "" : "+") + Digits(NumberDigits, random.Next(1, 8)),
        };
    }

    private string Pattern() => random.Next(12) switch
    {
        0 => "*",
        1 or 2 => "+" + Digits(PatternDigits, random.Next(1, 4)) + "*",
        3 or 4 or 5 => "+" + Digits(PatternDigits, random.Next(3, 6)),
        6 => Invalid[random.Next(Invalid.Length)],
        _ => "_" + (random.Next(3) == 0 ? "+" : "")
            + string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => FreePbxTokens[random.Next(FreePbxTokens.Length)]))
            + (random.Next(3) == 0 ? "." : ""),
    };

    /// <summary>A number the pattern probably matches: its digits, each digit class replaced by a digit, and more digits after an open end.</summary>
    private string Fitting(string pattern)
    {
        var number = new StringBuilder("+");
        var text = pattern.Trim().TrimStart('_').TrimStart('+');
        for (var i = 0; i < text.Length; i++)
        {
            var c = char.ToUpperInvariant(text[i]);
            number.Append(c switch
            {
                >= '0' and <= '9' => c.ToString(),
                'X' => Digits(NumberDigits, 1),
                'Z' or 'N' => Digits("245", 1),
                '[' when i + 1 < text.Length => text[i + 1].ToString(),
                '*' or '.' => Digits(NumberDigits, random.Next(0, 4)),
                _ => "",
            });
            if (c == '[')
            {
                var close = text.IndexOf(']', i);
                i = close < 0 ? text.Length : close;
            }
        }

        return number.ToString();
    }

    private string Digits(string alphabet, int length) =>
        string.Concat(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]));
}

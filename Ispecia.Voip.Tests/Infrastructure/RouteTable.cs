namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// Builds routes from one readable line, so each table row carries its own data:
/// <c>Name=did[|caller][@priority][#id][!off]</c>, routes separated by <c>;</c>.
/// Priority defaults to 1, the id to the route's place in the line (from 1).
/// </summary>
internal static class RouteTable
{
    public static List<InboundRoute> Parse(string spec) =>
        spec.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((text, index) => Route(text, index + 1))
            .ToList();

    private static InboundRoute Route(string text, int defaultId)
    {
        var route = new InboundRoute { Id = defaultId, Priority = 1, Destination = RouteDestination.Voicemail };
        if (text.EndsWith("!off", StringComparison.Ordinal))
        {
            route.IsActive = false;
            text = text[..^4];
        }

        var id = text.IndexOf('#', StringComparison.Ordinal);
        if (id >= 0)
        {
            route.Id = int.Parse(text[(id + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            text = text[..id];
        }

        var priority = text.IndexOf('@', StringComparison.Ordinal);
        if (priority >= 0)
        {
            route.Priority = int.Parse(text[(priority + 1)..], System.Globalization.CultureInfo.InvariantCulture);
            text = text[..priority];
        }

        var (name, patterns) = (text[..text.IndexOf('=', StringComparison.Ordinal)], text[(text.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        route.Name = name;
        var caller = patterns.IndexOf('|', StringComparison.Ordinal);
        route.DidPattern = caller >= 0 ? patterns[..caller] : patterns;
        route.CallerIdPattern = caller >= 0 ? patterns[(caller + 1)..] : null;
        return route;
    }
}

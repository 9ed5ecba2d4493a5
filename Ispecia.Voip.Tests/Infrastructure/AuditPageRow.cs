using AngleSharp.Html.Parser;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>One row of the audit page's grid as a reader sees it: when (the UTC timestamp in its tooltip), who, what, and the changed fields.</summary>
/// <param name="Changes">Each changed field as shown, e.g. "Port: 5061 → 5080".</param>
public sealed record AuditPageRow(long Id, string At, string Who, string Entity, string Action, string Summary, IReadOnlyList<string> Changes)
{
    public static IReadOnlyList<AuditPageRow> Parse(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        return [.. document.QuerySelectorAll("tr")
            .Where(tr => tr.QuerySelector("[data-testid=audit-row]") is not null)
            .Select(tr =>
            {
                var when = tr.QuerySelector("[data-testid=audit-row]")!;
                var cells = tr.QuerySelectorAll("td");
                var chips = cells[2].QuerySelectorAll(".mud-chip").Select(c => Text(c.TextContent)).ToList();
                return new AuditPageRow(
                    long.Parse(when.GetAttribute("data-id")!, System.Globalization.CultureInfo.InvariantCulture),
                    when.GetAttribute("title") ?? "",
                    Text(cells[1].TextContent),
                    chips[0],
                    chips[1],
                    Text(cells[3].QuerySelector("div")!.TextContent),
                    [.. cells[3].QuerySelectorAll("[data-testid=audit-change]").Select(c => Text(c.TextContent))]);
            })];
    }

    private static string Text(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

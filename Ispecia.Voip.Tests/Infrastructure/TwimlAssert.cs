namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>TwiML equality that ignores what Twilio ignores: attribute order, indentation and the declaration's spelling.</summary>
internal static class TwimlAssert
{
    public static void SemanticallyEqual(string expected, string actual)
    {
        Assert.Equal(Normalise(expected), Normalise(actual));
    }

    private static string Normalise(string xml)
    {
        var root = XDocument.Parse(xml).Root!;
        return Sorted(root).ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Sorted(XElement element) =>
        new(element.Name,
            element.Attributes().OrderBy(a => a.Name.LocalName, StringComparer.Ordinal),
            element.Nodes().Select(n => n switch
            {
                XElement child => Sorted(child),
                XText text when string.IsNullOrWhiteSpace(text.Value) => null,
                XText text => new XText(text.Value.Trim()),
                _ => n,
            }));
}

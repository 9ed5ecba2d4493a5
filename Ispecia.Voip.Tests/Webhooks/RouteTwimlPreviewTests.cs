using Ispecia.Voip.Core.Webhooks;

namespace Ispecia.Voip.Tests.Webhooks;

public sealed class RouteTwimlPreviewTests
{
    private const string Compact =
        """<?xml version="1.0" encoding="UTF-8"?><Response><Dial timeout="20" action="https://x.example/voip/webhook/twilio/dial-action?callId=0"><Client><Identity>agent2</Identity><Parameter name="route" value="Spring campaign"/></Client></Dial></Response>""";

    [Fact]
    public void Indented_CompactTwiml_PutsEachVerbOnItsOwnLineAndKeepsTheDocument()
    {
        var indented = RouteTwimlPreview.Indented(Compact);

        var lines = indented.Split(Environment.NewLine);
        Assert.Equal("""<?xml version="1.0" encoding="UTF-8"?>""", lines[0]);
        Assert.Equal("<Response>", lines[1]);
        Assert.StartsWith("  <Dial ", lines[2], StringComparison.Ordinal);
        Assert.Equal("      <Identity>agent2</Identity>", lines[4]);
        Assert.True(XNode.DeepEquals(XDocument.Parse(Compact).Root, XDocument.Parse(indented).Root));
    }
}

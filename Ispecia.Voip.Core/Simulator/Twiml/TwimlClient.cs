namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Client&gt;: a browser registered with an access token for <see cref="Identity"/>.</summary>
public sealed record TwimlClient(string Identity) : TwimlDialNoun
{
    /// <summary>Custom parameters handed to the browser with the incoming call.</summary>
    public IReadOnlyList<TwimlParameter> Parameters { get; init; } = [];

    public bool Equals(TwimlClient? other) =>
        other is not null && base.Equals(other) && Identity == other.Identity && Parameters.SequenceEqual(other.Parameters);

    public override int GetHashCode() => HashCode.Combine(base.GetHashCode(), Identity, Parameters.Count);

    // Both forms are valid TwiML: the legacy <Client>alice</Client> and <Client><Identity>alice</Identity>…</Client>.
    internal static TwimlClient From(XElement element)
    {
        if (!element.HasElements)
        {
            return ReadLegAttributes(new TwimlClient(element.RequiredText()), element);
        }

        string? identity = null;
        var parameters = new List<TwimlParameter>();
        foreach (var child in element.ChildrenOnly())
        {
            switch (child.Name.LocalName)
            {
                case "Identity":
                    identity = identity is null
                        ? child.RequiredText()
                        : throw new TwimlParseException("<Client> has more than one <Identity>.");
                    break;
                case "Parameter":
                    child.EnsureEmpty();
                    parameters.Add(new TwimlParameter(
                        child.Optional("name") ?? throw new TwimlParseException("<Parameter> needs a name."),
                        child.Optional("value") ?? ""));
                    break;
                default:
                    throw TwimlXml.Unsupported(child, "Client");
            }
        }

        return ReadLegAttributes(
            new TwimlClient(identity ?? throw new TwimlParseException("<Client> needs an <Identity>.")) { Parameters = parameters },
            element);
    }
}

namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>TwiML that is not well-formed, has no &lt;Response&gt; root, or uses a verb, noun or value this app does not support.</summary>
public sealed class TwimlParseException : Exception
{
    public TwimlParseException(string message)
        : base(message)
    {
    }

    public TwimlParseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

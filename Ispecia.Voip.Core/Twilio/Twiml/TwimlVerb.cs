namespace Ispecia.Voip.Core.Twilio.Twiml;

/// <summary>One verb of a &lt;Response&gt;, in the order Twilio executes them.</summary>
public abstract record TwimlVerb
{
    // Only this assembly defines verbs: each one knows how to write itself and TwimlDocument how to read it.
    private protected TwimlVerb()
    {
    }

    internal abstract TwimlElement ToElement();
}

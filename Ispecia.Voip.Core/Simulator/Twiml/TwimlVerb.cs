namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>One verb of a &lt;Response&gt;, in the order Twilio executes them.</summary>
public abstract record TwimlVerb
{
    // Only this assembly defines verbs: TwimlDocument is the one place that reads them from the app's answer.
    private protected TwimlVerb()
    {
    }
}

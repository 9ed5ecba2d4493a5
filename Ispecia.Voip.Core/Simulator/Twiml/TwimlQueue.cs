namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Dial&gt;&lt;Queue&gt;: connects to the caller at the front of the named queue, waiting for one while the Dial's timeout lasts.</summary>
public sealed record TwimlQueue(string QueueName) : TwimlDialNoun
{
    internal static TwimlQueue From(XElement element) => ReadLegAttributes(new TwimlQueue(element.RequiredText()), element);
}

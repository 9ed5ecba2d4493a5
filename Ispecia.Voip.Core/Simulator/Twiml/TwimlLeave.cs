namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Leave&gt;: in a queue's wait TwiML, takes the caller out of the queue (the Enqueue's action hears QueueResult=leave).</summary>
public sealed record TwimlLeave : TwimlVerb
{
    internal static TwimlLeave From(XElement element)
    {
        element.EnsureEmpty();
        return new();
    }
}

namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Enqueue&gt;: puts the caller in the named queue, playing <see cref="WaitUrl"/> meanwhile.</summary>
public sealed record TwimlEnqueue(string QueueName) : TwimlVerb
{
    public string? Action { get; init; }

    public string? Method { get; init; }

    public string? WaitUrl { get; init; }

    public string? WaitUrlMethod { get; init; }

    internal static TwimlEnqueue From(XElement element) => new(element.RequiredText())
    {
        Action = element.Optional("action"),
        Method = element.Optional("method"),
        WaitUrl = element.Optional("waitUrl"),
        WaitUrlMethod = element.Optional("waitUrlMethod"),
    };
}

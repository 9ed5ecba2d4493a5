namespace Ispecia.Voip.Core.Simulator.Twiml;

/// <summary>&lt;Parameter name value/&gt;: a custom value the browser SDK shows as <c>call.customParameters</c>.</summary>
public sealed record TwimlParameter(string Name, string Value);

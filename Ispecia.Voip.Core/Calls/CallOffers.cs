namespace Ispecia.Voip.Core.Calls;

/// <summary>
/// Who an inbound call rang, kept on its timeline ("Rang agent1") when the voice webhook plans it. The server knows this
/// for certain; the browser's word that it answered a team call is believed only for agents the call rang.
/// </summary>
public static class CallOffers
{
    public const string Kind = "offered";

    public static string Detail(string identity) => $"Rang {identity}";
}

namespace Ispecia.Voip.Core.Calls.History;

/// <summary>How a call's From or To reads: an agent's <c>client:</c> identity bare, a number in display form.</summary>
internal static class CallParty
{
    private const string ClientPrefix = "client:";

    public static string Display(PhoneNumberService phones, string party) =>
        party.StartsWith(ClientPrefix, StringComparison.Ordinal) ? party[ClientPrefix.Length..] : phones.FormatForDisplay(party);
}

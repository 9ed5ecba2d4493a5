namespace Ispecia.Voip.Web.Softphone;

/// <summary>A number to call, and the contact or lead the call is about.</summary>
public sealed record DialRequest(string Number, int? ContactId = null, int? LeadId = null, string? Name = null)
{
    /// <summary>What the softphone dials (an extension, a <c>client:</c> identity or an E.164 number), or why it cannot.</summary>
    public SoftphoneEvent ToEvent(PhoneNumberService phones, bool sessionStarted)
    {
        var text = Number.Trim();
        string target;
        if (phones.IsExtension(text) || text.StartsWith("client:", StringComparison.Ordinal))
        {
            target = text;
        }
        else if (phones.Parse(text) is { IsValid: true, E164: { } e164 })
        {
            target = e164;
        }
        else
        {
            return new SoftphoneEvent.DialInvalid(phones.Parse(text).Error ?? "This is not a phone number.");
        }

        var peer = Name ?? (phones.IsExtension(target) ? $"Extension {target}" : phones.FormatForDisplay(target));
        return new SoftphoneEvent.Dial(target, peer, ContactId, LeadId, sessionStarted);
    }
}

namespace Ispecia.Voip.Core.Twilio;

/// <summary>A phone number of the account (IncomingPhoneNumber resource): where its calls go.</summary>
public sealed record TwilioIncomingNumber
{
    public string Sid { get; init; } = "";

    /// <summary>E.164.</summary>
    public string PhoneNumber { get; init; } = "";

    /// <summary>"A call comes in" when no TwiML App is set on the number.</summary>
    public string? VoiceUrl { get; init; }

    /// <summary>The TwiML App whose Voice URL takes the number's calls, when one is set (it wins over VoiceUrl).</summary>
    public string? VoiceApplicationSid { get; init; }
}

/// <summary>One page of the IncomingPhoneNumbers list.</summary>
public sealed record TwilioIncomingNumberPage
{
    public IReadOnlyList<TwilioIncomingNumber> IncomingPhoneNumbers { get; init; } = [];

    public string? NextPageUri { get; init; }
}

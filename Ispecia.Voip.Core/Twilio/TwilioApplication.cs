namespace Ispecia.Voip.Core.Twilio;

/// <summary>The fields of a TwiML App (Application resource) that the Setup page checks.</summary>
public sealed record TwilioApplication
{
    public string Sid { get; init; } = "";

    public string? FriendlyName { get; init; }

    public string? VoiceUrl { get; init; }

    public string? VoiceMethod { get; init; }

    public string? StatusCallback { get; init; }

    public string? StatusCallbackMethod { get; init; }
}

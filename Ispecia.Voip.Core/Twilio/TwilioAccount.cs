namespace Ispecia.Voip.Core.Twilio;

/// <summary>The fields of Twilio's Account resource that "test connection" shows.</summary>
public sealed record TwilioAccount
{
    public string Sid { get; init; } = "";

    public string? FriendlyName { get; init; }

    /// <summary>active, suspended or closed.</summary>
    public string? Status { get; init; }

    /// <summary>Trial or Full.</summary>
    public string? Type { get; init; }
}

namespace Ispecia.Voip.Web.Softphone;

/// <summary>An access token for the Voice JS SDK (<c>new Device(token)</c>), whose identity it carries, until when, and the telephony mode.</summary>
/// <param name="Mode">"Twilio" or "Simulator": which Device class the browser should use.</param>
public sealed record VoipTokenResponse(string Token, string Identity, DateTimeOffset ExpiresAt, string Mode);

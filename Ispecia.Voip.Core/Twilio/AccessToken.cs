namespace Ispecia.Voip.Core.Twilio;

/// <summary>A signed Twilio access token (JWT) for the Voice JS SDK, and when it stops working.</summary>
/// <param name="Token">The compact JWT to hand to <c>new Device(token)</c>.</param>
/// <param name="Identity">The client identity the token grants (<c>grants.identity</c>).</param>
/// <param name="ExpiresAt">The token's <c>exp</c> claim.</param>
public sealed record AccessToken(string Token, string Identity, DateTimeOffset ExpiresAt);

namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// Carries a CancellationToken past the Twilio library, whose resource methods take none: <see cref="TwilioApi"/>
/// sets it before calling the library, and <see cref="RequestCancellationHandler"/> picks it up when the library's
/// request reaches the HttpClient. An AsyncLocal flows down into the awaited calls and never back up to the caller.
/// </summary>
public static class RequestCancellation
{
    private static readonly AsyncLocal<CancellationToken> Ambient = new();

    /// <summary>The token of the app operation that is calling Twilio on this async flow, or none.</summary>
    public static CancellationToken Current => Ambient.Value;

    /// <summary>Makes <paramref name="cancellationToken"/> the current one for the rest of the calling async method.</summary>
    public static void Use(CancellationToken cancellationToken) => Ambient.Value = cancellationToken;
}

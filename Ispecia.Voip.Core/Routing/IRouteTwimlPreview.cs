namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// Shows the TwiML the voice webhook would answer when <paramref name="route"/> takes a call, for the admin's
/// "which route wins?" tester. Optional: the page shows the preview only when an implementation is registered.
/// </summary>
public interface IRouteTwimlPreview
{
    /// <param name="route">The winning route as <see cref="InboundRouteService.ListAsync"/> loads it.</param>
    /// <param name="called">The called number as the tester matched it (E.164 when it is a number).</param>
    /// <param name="caller">The caller as the tester matched it; null when none was given.</param>
    /// <param name="ct">Cancels the look-ups of whom to ring and which trunk to dial through.</param>
    /// <returns>The TwiML document, with no secrets in it, or null when there is nothing to show.</returns>
    Task<string?> PreviewAsync(InboundRoute route, string called, string? caller, CancellationToken ct = default);
}

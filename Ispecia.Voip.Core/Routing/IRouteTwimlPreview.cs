namespace Ispecia.Voip.Core.Routing;

/// <summary>
/// Shows the TwiML the voice webhook would answer when <paramref name="route"/> takes a call, for the admin's
/// "which route wins?" tester. Optional: the page shows the preview only when an implementation is registered.
/// </summary>
public interface IRouteTwimlPreview
{
    /// <param name="route">
    /// The winning route as <see cref="InboundRouteService.ListAsync"/> loads it: destination user (with VoIP account),
    /// team (with members and their accounts) and trunk. The trunk's password is removed: a preview shows no secrets.
    /// </param>
    /// <param name="called">The called number as the tester matched it (E.164 when it is a number).</param>
    /// <param name="caller">The caller as the tester matched it; null when none was given.</param>
    /// <returns>The TwiML document, or null when there is nothing to show.</returns>
    string? Preview(InboundRoute route, string called, string? caller);
}

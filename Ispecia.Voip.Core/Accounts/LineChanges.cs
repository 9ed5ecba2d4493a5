namespace Ispecia.Voip.Core.Accounts;

/// <summary>
/// Tells the open softphones of this instance that an admin changed someone's VoIP line (the user id is published),
/// so the change shows at once instead of at the next page load.
/// </summary>
public sealed class LineChanges : InProcessFeed<string>;

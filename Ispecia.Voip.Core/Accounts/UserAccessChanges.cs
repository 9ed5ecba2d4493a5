namespace Ispecia.Voip.Core.Accounts;

/// <summary>
/// Tells this instance that an admin changed what a user may do (deactivated or reactivated them, changed their role,
/// set a new password; the user id is published), so that cached sign-in checks, open circuits and hub connections of
/// that user are re-checked at once instead of at their next periodic check.
/// </summary>
public sealed class UserAccessChanges : InProcessFeed<string>;

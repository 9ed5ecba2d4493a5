namespace Ispecia.Voip.Core.Teams;

/// <summary>What became of a request to delete a team.</summary>
/// <param name="Deleted">True when the team is gone.</param>
/// <param name="Message">What to tell the admin: done, not found, or which routes still send calls to it.</param>
public sealed record TeamDeleteResult(bool Deleted, string Message);

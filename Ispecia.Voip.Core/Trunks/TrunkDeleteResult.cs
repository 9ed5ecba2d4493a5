namespace Ispecia.Voip.Core.Trunks;

/// <summary>What became of a request to delete a trunk.</summary>
/// <param name="Deleted">True when the trunk is gone.</param>
/// <param name="Message">What to tell the admin: done, not found, or which routes still use it.</param>
public sealed record TrunkDeleteResult(bool Deleted, string Message);

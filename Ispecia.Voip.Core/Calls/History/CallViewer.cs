namespace Ispecia.Voip.Core.Calls.History;

/// <summary>
/// Who is looking at calls and recordings: agents see only their own, supervisors and admins everyone's
/// (docs/architecture.md section 9).
/// </summary>
/// <param name="UserId">The signed-in user's id.</param>
/// <param name="SeesEveryone">True for supervisors and admins.</param>
public sealed record CallViewer(string UserId, bool SeesEveryone)
{
    /// <summary>True when this viewer may look at the calls of <paramref name="agentUserId"/>.</summary>
    public bool MaySee(string? agentUserId) => SeesEveryone || agentUserId == UserId;
}

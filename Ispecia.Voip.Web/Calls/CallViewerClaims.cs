using Ispecia.Voip.Core.Calls.History;

namespace Ispecia.Voip.Web.Calls;

/// <summary>The signed-in user as a <see cref="CallViewer"/>: supervisors and admins see everyone's calls, agents their own.</summary>
internal static class CallViewerClaims
{
    public static CallViewer ToCallViewer(this ClaimsPrincipal user) => new(
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "",
        user.IsInRole(Roles.Supervisor) || user.IsInRole(Roles.Admin));
}

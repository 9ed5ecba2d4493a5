using Ispecia.Voip.Core.Audit;

namespace Ispecia.Voip.Web.Audit;

public static class AuditActorExtensions
{
    /// <summary>The signed-in admin as the audit trail names them: user id and sign-in name (their email).</summary>
    public static async Task<AuditActor> GetActorAsync(this AuthenticationStateProvider authState)
    {
        var user = (await authState.GetAuthenticationStateAsync()).User;
        return new AuditActor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity?.Name ?? "unknown");
    }
}

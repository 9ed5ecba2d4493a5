using Microsoft.Extensions.Caching.Memory;

namespace Ispecia.Voip.Web.Security;

/// <summary>
/// Whether a signed-in principal (bearer token, cookie, circuit, hub connection) still stands: its user exists, is
/// active, and still has the security stamp it was issued with (deactivation, a role change and a password reset all
/// renew the stamp). Every request asks, so the answer is cached per user for <see cref="CacheFor"/> and dropped as
/// soon as <see cref="UserAccessChanges"/> announces a change on this instance; other instances see it within that time.
/// </summary>
public sealed class SignInCheck
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly IMemoryCache cache;
    private readonly IDbContextFactory<VoipDbContext> dbFactory;
    private readonly string stampClaimType;

    public SignInCheck(IMemoryCache cache, IDbContextFactory<VoipDbContext> dbFactory, IOptions<IdentityOptions> identity, UserAccessChanges changes)
    {
        this.cache = cache;
        this.dbFactory = dbFactory;
        stampClaimType = identity.Value.ClaimsIdentity.SecurityStampClaimType;
        changes.Published += userId => cache.Remove(Key(userId));
    }

    /// <param name="fresh">Skip the cache (and refill it): for re-checks triggered by a change.</param>
    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal, bool fresh = false, CancellationToken ct = default)
    {
        if (principal.Identity?.IsAuthenticated != true || principal.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId)
        {
            return true; // nothing signed in to revoke (anonymous, or Identity's short-lived two-factor cookie)
        }

        var access = fresh ? null : cache.Get<UserAccess>(Key(userId));
        if (access is null)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            access = await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new UserAccess(u.IsActive, u.SecurityStamp)).FirstOrDefaultAsync(ct)
                ?? new UserAccess(false, null);
            cache.Set(Key(userId), access, CacheFor);
        }

        return access.IsActive && access.SecurityStamp is not null && access.SecurityStamp == principal.FindFirstValue(stampClaimType);
    }

    private static string Key(string userId) => $"sign-in-check:{userId}";

    private sealed record UserAccess(bool IsActive, string? SecurityStamp);
}

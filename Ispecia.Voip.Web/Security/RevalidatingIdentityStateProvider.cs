using Microsoft.AspNetCore.Components.Server;

namespace Ispecia.Voip.Web.Security;

/// <summary>
/// Re-checks a connected circuit's user at once when an admin changes their access (<see cref="UserAccessChanges"/>),
/// and every few minutes for changes made on another instance. A deactivated user, or one with a new role or password,
/// becomes anonymous: the page shows the sign-in page (a full load, which ends this circuit and its softphone).
/// </summary>
public sealed class RevalidatingIdentityStateProvider : RevalidatingServerAuthenticationStateProvider
{
    private readonly SignInCheck check;
    private readonly UserAccessChanges changes;

    public RevalidatingIdentityStateProvider(ILoggerFactory loggerFactory, SignInCheck check, UserAccessChanges changes)
        : base(loggerFactory)
    {
        this.check = check;
        this.changes = changes;
        changes.Published += OnAccessChanged;
    }

    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(5);

    protected override Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken) =>
        check.IsCurrentAsync(authenticationState.User, fresh: true, cancellationToken);

    protected override void Dispose(bool disposing)
    {
        changes.Published -= OnAccessChanged;
        base.Dispose(disposing);
    }

    private void OnAccessChanged(string userId) => _ = RevalidateNowAsync(userId);

    private async Task RevalidateNowAsync(string userId)
    {
        var state = await GetAuthenticationStateAsync();
        if (state.User.FindFirstValue(ClaimTypes.NameIdentifier) == userId && !await check.IsCurrentAsync(state.User, fresh: true))
        {
            SetAuthenticationState(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
        }
    }
}

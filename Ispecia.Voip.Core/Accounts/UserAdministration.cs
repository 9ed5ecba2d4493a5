using Ispecia.Voip.Core.Audit;
using Microsoft.EntityFrameworkCore.Storage;

namespace Ispecia.Voip.Core.Accounts;

/// <summary>
/// The people who sign in, for the admin's accounts page: create, rename, change role, deactivate, set a new password.
/// Sign-in data goes through ASP.NET Core Identity (a fresh scope, so a fresh DbContext, per operation); every change
/// is audited, passwords never. Their softphone lines are <see cref="LineAdministration"/>'s.
/// </summary>
public sealed class UserAdministration(
    IDbContextFactory<VoipDbContext> dbFactory,
    IServiceScopeFactory scopes,
    IValidator<CreateUserRequest> createValidator,
    IValidator<UpdateUserRequest> updateValidator,
    IValidator<ResetPasswordRequest> passwordValidator,
    AuditLog audit,
    LineChanges lineChanges,
    UserAccessChanges accessChanges)
{
    public const string UserEntity = "User";

    /// <summary>Every user by name, with their highest role and softphone line.</summary>
    public async Task<IReadOnlyList<UserRow>> ListUsersAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var roles = await RolesByUserAsync(db, ct);
        var users = await db.Users.AsNoTracking().Include(u => u.VoipAccount).OrderBy(u => u.DisplayName).ThenBy(u => u.Email).ToListAsync(ct);
        return users.Select(u => new UserRow(
                u.Id, u.Email ?? u.UserName ?? "", u.DisplayName, roles.GetValueOrDefault(u.Id, ""), u.IsActive,
                u.VoipAccount is { } a ? new VoipLineView(a.Identity, a.Extension, a.CallerId, a.IsActive) : null))
            .ToList();
    }

    /// <returns>The new user's id.</returns>
    /// <exception cref="ValidationException">The request is invalid, or Identity refused it; nothing was stored.</exception>
    public async Task<string> CreateUserAsync(CreateUserRequest request, AuditActor actor, CancellationToken ct = default)
    {
        await createValidator.ValidateAndThrowAsync(request, ct);
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Identity(scope);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await EnsureRoleAsync(scope, request.Role);

        var email = request.Email.Trim();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = request.DisplayName.Trim() };
        ThrowIfFailed(await users.CreateAsync(user, request.Password));
        ThrowIfFailed(await users.AddToRoleAsync(user, request.Role));
        audit.Add(db, actor, new AuditChange(UserEntity, user.Id, AuditActions.Created, $"Created {request.Role.ToLowerInvariant()} {user.DisplayName} ({email}).",
            new Dictionary<string, string?>(), UserSnapshot(user, request.Role)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return user.Id;
    }

    /// <summary>Changes display name and role; an admin cannot take away their own admin role.</summary>
    public async Task<AccountChangeResult> UpdateUserAsync(UpdateUserRequest request, AuditActor actor, CancellationToken ct = default)
    {
        await updateValidator.ValidateAndThrowAsync(request, ct);
        return await ChangeUserAsync(request.UserId, async (scope, users, db, user) =>
        {
            var currentRoles = await users.GetRolesAsync(user);
            var role = HighestRole(currentRoles);
            if (user.Id == actor.UserId && role == Roles.Admin && request.Role != Roles.Admin)
            {
                return AccountChangeResult.Refused("You cannot take away your own admin role; ask another admin.");
            }

            var before = UserSnapshot(user, role);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            user.DisplayName = request.DisplayName.Trim();
            if (!currentRoles.SequenceEqual([request.Role]))
            {
                await EnsureRoleAsync(scope, request.Role);
                ThrowIfFailed(await users.RemoveFromRolesAsync(user, currentRoles));
                ThrowIfFailed(await users.AddToRoleAsync(user, request.Role));
            }

            // A new security stamp makes open sessions pick up the new role (or sign out) at their next check.
            ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
            await CommitAsync(db, transaction, actor, new AuditChange(UserEntity, user.Id, AuditActions.Updated, $"Updated {user.DisplayName} ({user.Email}).",
                before, UserSnapshot(user, request.Role)), ct);
            return AccountChangeResult.Done($"{user.DisplayName} saved.");
        });
    }

    /// <summary>Deactivated users cannot sign in, and their open sessions end; their history stays.</summary>
    public async Task<AccountChangeResult> SetActiveAsync(string userId, bool active, AuditActor actor, CancellationToken ct = default)
    {
        if (!active && userId == actor.UserId)
        {
            return AccountChangeResult.Refused("You cannot deactivate yourself; ask another admin.");
        }

        return await ChangeUserAsync(userId, async (_, users, db, user) =>
        {
            if (user.IsActive == active)
            {
                return AccountChangeResult.Done($"{user.DisplayName} is already {(active ? "active" : "deactivated")}.");
            }

            var role = HighestRole(await users.GetRolesAsync(user));
            var before = UserSnapshot(user, role);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            user.IsActive = active;
            ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
            var action = active ? AuditActions.Enabled : AuditActions.Disabled;
            await CommitAsync(db, transaction, actor, new AuditChange(UserEntity, user.Id, action,
                $"{(active ? "Reactivated" : "Deactivated")} {user.DisplayName} ({user.Email}).", before, UserSnapshot(user, role)), ct);
            // A deactivated user's line is unusable too: their open softphone unregisters (and registers again on reactivation).
            lineChanges.Publish(user.Id);
            return AccountChangeResult.Done(active ? $"{user.DisplayName} can sign in again." : $"{user.DisplayName} is deactivated and signed out.");
        });
    }

    /// <summary>Sets a new password chosen by the admin; the user's open sessions end.</summary>
    /// <exception cref="ValidationException">The password breaks the rules; the old one still works.</exception>
    public async Task<AccountChangeResult> ResetPasswordAsync(ResetPasswordRequest request, AuditActor actor, CancellationToken ct = default)
    {
        await passwordValidator.ValidateAndThrowAsync(request, ct);
        return await ChangeUserAsync(request.UserId, async (_, users, db, user) =>
        {
            // In one transaction: if the new password is refused, the old one is not lost.
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            if (await users.HasPasswordAsync(user))
            {
                ThrowIfFailed(await users.RemovePasswordAsync(user));
            }

            ThrowIfFailed(await users.AddPasswordAsync(user, request.NewPassword), nameof(ResetPasswordRequest.NewPassword));
            ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
            await CommitAsync(db, transaction, actor, new AuditChange(UserEntity, user.Id, AuditActions.PasswordReset, $"Set a new password for {user.DisplayName} ({user.Email}).",
                new Dictionary<string, string?> { ["Password"] = AuditLog.Redacted },
                new Dictionary<string, string?> { ["Password"] = AuditLog.Redacted + " (changed)" }), ct);
            return AccountChangeResult.Done($"New password set for {user.DisplayName}; they are signed out everywhere.");
        });
    }

    /// <summary>
    /// Runs a change on the user in a fresh Identity scope (so a fresh DbContext); a user deleted meanwhile is said so
    /// rather than thrown.
    /// </summary>
    private async Task<AccountChangeResult> ChangeUserAsync(
        string userId, Func<AsyncServiceScope, UserManager<AppUser>, VoipDbContext, AppUser, Task<AccountChangeResult>> change)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Identity(scope);
        var user = await users.FindByIdAsync(userId);
        return user is null ? AccountChangeResult.UserGone() : await change(scope, users, db, user);
    }

    /// <summary>Audits and commits a change to a user, then tells their open sessions to check their access again.</summary>
    private async Task CommitAsync(VoipDbContext db, IDbContextTransaction transaction, AuditActor actor, AuditChange change, CancellationToken ct)
    {
        audit.Add(db, actor, change);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        accessChanges.Publish(change.EntityId);
    }

    private static (UserManager<AppUser> Users, VoipDbContext Db) Identity(AsyncServiceScope scope) =>
        (scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(), scope.ServiceProvider.GetRequiredService<VoipDbContext>());

    /// <summary>Roles are made on first use, inside the caller's transaction, so a refused change leaves none behind.</summary>
    private static async Task EnsureRoleAsync(AsyncServiceScope scope, string role)
    {
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role))
        {
            ThrowIfFailed(await roles.CreateAsync(new IdentityRole(role)));
        }
    }

    private static async Task<Dictionary<string, string>> RolesByUserAsync(VoipDbContext db, CancellationToken ct)
    {
        var pairs = await (from userRole in db.UserRoles
                           join role in db.Roles on userRole.RoleId equals role.Id
                           select new { userRole.UserId, role.Name }).ToListAsync(ct);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => HighestRole(g.Select(p => p.Name ?? "")));
    }

    /// <summary>Admin over Supervisor over Agent; empty for a user without a role.</summary>
    private static string HighestRole(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Roles.All.Reverse().FirstOrDefault(held.Contains) ?? "";
    }

    private static void ThrowIfFailed(IdentityResult result, string? property = null)
    {
        if (result.Succeeded)
        {
            return;
        }

        throw new ValidationException(result.Errors.Select(e => new ValidationFailure(property ?? PropertyFor(e.Code), e.Description)));
    }

    private static string PropertyFor(string code) =>
        code.StartsWith("Password", StringComparison.Ordinal) ? nameof(CreateUserRequest.Password)
        : code.Contains("Email", StringComparison.Ordinal) || code.Contains("UserName", StringComparison.Ordinal) ? nameof(CreateUserRequest.Email)
        : "";

    private static Dictionary<string, string?> UserSnapshot(AppUser user, string role) => new()
    {
        ["Email"] = user.Email,
        ["Name"] = user.DisplayName,
        ["Role"] = role,
        ["Active"] = user.IsActive ? "yes" : "no",
    };
}

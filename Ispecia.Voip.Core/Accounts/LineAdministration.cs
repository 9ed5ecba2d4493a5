using Ispecia.Voip.Core.Audit;

namespace Ispecia.Voip.Core.Accounts;

/// <summary>
/// The users' VoIP lines (identity, extension, caller ID), for the admin's accounts page and the agent pickers of
/// routes and teams. Every change is audited and announced to the user's open softphone.
/// </summary>
public sealed class LineAdministration(
    IDbContextFactory<VoipDbContext> dbFactory,
    IValidator<VoipAccountRequest> accountValidator,
    PhoneNumberService phones,
    IOwnedNumbers ownedNumbers,
    AuditLog audit,
    LineChanges lineChanges)
{
    public const string AccountEntity = "VoipAccount";
    private const int FirstExtension = 101;

    /// <summary>Users who have a VoIP account: the people a route or a team can ring.</summary>
    public async Task<IReadOnlyList<VoipUserOption>> ListLinesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.VoipAccounts.AsNoTracking()
            .OrderBy(a => a.User!.DisplayName)
            .Select(a => new VoipUserOption(a.UserId, a.User!.DisplayName, a.Identity, a.IsActive && a.User.IsActive))
            .ToListAsync(ct);
    }

    /// <summary>The numbers a caller ID may be set to.</summary>
    public async Task<IReadOnlyList<string>> OwnedNumbersAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await ownedNumbers.ListAsync(db, ct);
    }

    /// <summary>
    /// The editor's model for a user's VoIP account: the stored one, or a proposal (identity from the name,
    /// the first free extension from 101) when they have none yet. Null when the user does not exist.
    /// </summary>
    public async Task<VoipAccountRequest?> GetVoipAccountAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().Include(u => u.VoipAccount).FirstOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        if (user.VoipAccount is { } account)
        {
            return new VoipAccountRequest
            {
                UserId = userId, Identity = account.Identity, Extension = account.Extension, CallerId = account.CallerId, IsActive = account.IsActive,
            };
        }

        var identities = await db.VoipAccounts.Select(a => a.Identity.ToLower()).ToListAsync(ct);
        var extensions = await db.VoipAccounts.Where(a => a.Extension != null).Select(a => a.Extension!).ToListAsync(ct);
        return new VoipAccountRequest { UserId = userId, Identity = FreeIdentity(user.DisplayName, identities), Extension = FreeExtension(extensions) };
    }

    /// <summary>Creates or updates the user's VoIP account.</summary>
    /// <exception cref="ValidationException">The request is invalid; nothing was stored.</exception>
    public async Task<AccountChangeResult> SaveVoipAccountAsync(VoipAccountRequest request, AuditActor actor, CancellationToken ct = default)
    {
        await accountValidator.ValidateAndThrowAsync(request, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var user = await db.Users.Include(u => u.VoipAccount).FirstOrDefaultAsync(u => u.Id == request.UserId, ct);
        if (user is null)
        {
            return AccountChangeResult.UserGone();
        }

        var isNew = user.VoipAccount is null;
        var account = user.VoipAccount ??= new VoipAccount { UserId = user.Id };
        var before = isNew ? new Dictionary<string, string?>() : AccountSnapshot(account);
        account.Identity = request.Identity.Trim();
        account.Extension = string.IsNullOrWhiteSpace(request.Extension) ? null : request.Extension.Trim();
        account.CallerId = string.IsNullOrWhiteSpace(request.CallerId) ? null : phones.Parse(request.CallerId).E164;
        account.IsActive = request.IsActive;

        var action = isNew ? AuditActions.Created : AuditActions.Updated;
        try
        {
            await audit.SaveAsync(db, actor, () =>
                [new AuditChange(AccountEntity, account.Id.ToString(), action, $"{action} the VoIP account of {user.DisplayName} ({account.Identity}).",
                    before, AccountSnapshot(account))], ct);
        }
        catch (DbUpdateException)
        {
            // Someone took the identity or extension between validation and save: say which, keep nothing.
            var result = await accountValidator.ValidateAsync(request, ct);
            throw new ValidationException(result.IsValid ? [new ValidationFailure("", "The VoIP account could not be saved; try again.")] : result.Errors);
        }

        lineChanges.Publish(user.Id);
        return AccountChangeResult.Done($"VoIP account of {user.DisplayName} saved.");
    }

    private static string FreeIdentity(string displayName, IReadOnlyCollection<string> taken)
    {
        var stem = VoipIdentity.FromName(displayName);
        var candidate = stem;
        for (var n = 2; taken.Contains(candidate.ToLowerInvariant()); n++)
        {
            candidate = $"{stem}{n}";
        }

        return candidate;
    }

    private static string FreeExtension(IReadOnlyCollection<string> taken)
    {
        var extension = FirstExtension;
        while (taken.Contains(extension.ToString()))
        {
            extension++;
        }

        return extension.ToString();
    }

    private static Dictionary<string, string?> AccountSnapshot(VoipAccount account) => new()
    {
        ["Identity"] = account.Identity,
        ["Extension"] = account.Extension,
        ["CallerId"] = account.CallerId,
        ["Active"] = account.IsActive ? "yes" : "no",
    };
}

using System.Text.RegularExpressions;
using Ispecia.Voip.Core.Twilio;

namespace Ispecia.Voip.Core.Accounts;

/// <summary>Create or update a user's VoIP account (their softphone line).</summary>
public sealed class VoipAccountRequest
{
    public string UserId { get; set; } = "";

    /// <summary>Twilio client identity, unique.</summary>
    public string Identity { get; set; } = "";

    /// <summary>2 to 6 digits, unique; empty for none.</summary>
    public string? Extension { get; set; }

    /// <summary>A number the app owns (<see cref="OwnedNumbers"/>); empty to use the team's or the main number.</summary>
    public string? CallerId { get; set; }

    public bool IsActive { get; set; } = true;
}

public sealed partial class VoipAccountRequestValidator : AbstractValidator<VoipAccountRequest>
{
    public VoipAccountRequestValidator(IDbContextFactory<VoipDbContext> dbFactory, PhoneNumberService phones, IOwnedNumbers ownedNumbers)
    {
        RuleFor(r => r.UserId).NotEmpty().WithMessage("Choose a user.");
        RuleFor(r => r.Identity)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the softphone identity, e.g. avery.agent.")
            .MaximumLength(VoipAccount.IdentityMaxLength).WithMessage($"Keep the identity to {VoipAccount.IdentityMaxLength} characters or fewer.")
            .Must(VoipIdentity.IsValid).WithMessage("Use only letters, digits, '.', '_' and '-' (no spaces): Twilio identities allow nothing else.")
            .MustAsync((request, identity, ct) => IsFreeAsync(dbFactory, request.UserId, a => a.Identity.ToLower() == identity.Trim().ToLower(), ct))
            .WithMessage(r => $"Another user already has the identity '{r.Identity}'.");
        RuleFor(r => r.Extension)
            .Cascade(CascadeMode.Stop)
            .Must(e => Extension().IsMatch(e!)).WithMessage("Use 2 to 6 digits, e.g. 101.")
            .MustAsync((request, extension, ct) => IsFreeAsync(dbFactory, request.UserId, a => a.Extension == extension!.Trim(), ct))
            .WithMessage(r => $"Extension {r.Extension} belongs to another user.")
            .When(r => !string.IsNullOrWhiteSpace(r.Extension));
        RuleFor(r => r.CallerId)
            .CustomAsync(async (number, context, ct) =>
            {
                var parsed = phones.Parse(number);
                if (!parsed.IsValid)
                {
                    context.AddFailure(parsed.Error!);
                    return;
                }

                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var owned = await ownedNumbers.ListAsync(db, ct);
                if (!owned.Contains(parsed.E164!))
                {
                    context.AddFailure(owned.Count == 0
                        ? "The app owns no numbers yet (set Twilio:PhoneNumber, a team caller ID or an inbound route); leave this empty."
                        : $"{parsed.E164} is not a number this app owns. Use one of {string.Join(", ", owned)}, or leave it empty.");
                }
            })
            .When(r => !string.IsNullOrWhiteSpace(r.CallerId));
    }

    private static async Task<bool> IsFreeAsync(
        IDbContextFactory<VoipDbContext> dbFactory, string userId, System.Linq.Expressions.Expression<Func<VoipAccount, bool>> clash, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return !await db.VoipAccounts.Where(a => a.UserId != userId).AnyAsync(clash, ct);
    }

    [GeneratedRegex(@"^\s*\d{2,6}\s*$")]
    private static partial Regex Extension();
}

using Ispecia.Voip.Core.Accounts;

namespace Ispecia.Voip.Core.Teams;

/// <summary>Create or update a team: name, caller ID and members.</summary>
public sealed class TeamRequest
{
    /// <summary>The team being edited, or null for a new one; the validator needs it to check the name is unique.</summary>
    public int? Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>E.164 number the team's members call out with; empty for the main number.</summary>
    public string? CallerId { get; set; }

    /// <summary>Users with a VoIP account who ring when a route sends calls to the team.</summary>
    public List<string> MemberIds { get; set; } = [];
}

public sealed class TeamRequestValidator : AbstractValidator<TeamRequest>
{
    public const int MaxMembers = 200;

    public TeamRequestValidator(IDbContextFactory<VoipDbContext> dbFactory, PhoneNumberService phones)
    {
        RuleFor(t => t.Name)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a name.")
            .MaximumLength(Team.NameMaxLength).WithMessage($"Keep the name to {Team.NameMaxLength} characters or fewer.")
            .MustAsync((request, name, ct) => IsNameFreeAsync(dbFactory, request.Id, name, ct))
            .WithMessage(t => $"Another team is already called '{t.Name.Trim()}'; choose another name.");
        RuleFor(t => t.CallerId)
            .Custom((number, context) =>
            {
                var parsed = phones.Parse(number);
                if (!parsed.IsValid)
                {
                    context.AddFailure(parsed.Error!);
                }
            })
            .When(t => !string.IsNullOrWhiteSpace(t.CallerId));
        RuleFor(t => t.MemberIds)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Choose the members.")
            .Must(ids => ids.Count <= MaxMembers).WithMessage($"A team can have at most {MaxMembers} members.")
            .CustomAsync(async (ids, context, ct) =>
            {
                var wanted = ids.Distinct().ToList();
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                var withLines = await db.VoipAccounts.Where(a => wanted.Contains(a.UserId)).Select(a => a.UserId).ToListAsync(ct);
                if (withLines.Count < wanted.Count)
                {
                    context.AddFailure("Members must be users with a VoIP account; give them one on the Accounts page first.");
                }
            });
    }

    private static async Task<bool> IsNameFreeAsync(IDbContextFactory<VoipDbContext> dbFactory, int? id, string name, CancellationToken ct)
    {
        // Compared here, not in SQL: SQLite's lower() only folds ASCII, so "Équipe" and "équipe" would both pass.
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var others = await db.Teams.Where(t => t.Id != id).Select(t => t.Name).ToListAsync(ct);
        return !others.Any(n => string.Equals(n.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}

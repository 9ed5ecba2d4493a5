namespace Ispecia.Voip.Core.Accounts;

/// <summary>A new sign-in: email, display name, role and the initial password the admin hands over.</summary>
public sealed class CreateUserRequest
{
    public const int EmailMaxLength = 256;

    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = Roles.Agent;

    public string Password { get; set; } = "";
}

public sealed class CreateUserRequestValidator : AbstractValidator<CreateUserRequest>
{
    public CreateUserRequestValidator(IDbContextFactory<VoipDbContext> dbFactory, IOptions<IdentityOptions> identity)
    {
        RuleFor(r => r.Email)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the email address the user signs in with.")
            .MaximumLength(CreateUserRequest.EmailMaxLength).WithMessage($"Keep the email to {CreateUserRequest.EmailMaxLength} characters or fewer.")
            .EmailAddress().WithMessage("Enter an email address like name@example.com.")
            .MustAsync((email, ct) => IsEmailFreeAsync(dbFactory, email, ct))
            .WithMessage(r => $"{r.Email.Trim()} already has an account.");
        RuleFor(r => r.DisplayName)
            .NotEmpty().WithMessage("Enter the name colleagues and callers see.")
            .MaximumLength(AppUser.DisplayNameMaxLength).WithMessage($"Keep the name to {AppUser.DisplayNameMaxLength} characters or fewer.");
        RuleFor(r => r.Role)
            .Must(role => Roles.All.Contains(role)).WithMessage("Choose Agent, Supervisor or Admin.");
        RuleFor(r => r.Password)
            .Custom((password, context) =>
            {
                if (PasswordPolicy.Check(password, identity.Value.Password) is { } problem)
                {
                    context.AddFailure(problem);
                }
            });
    }

    private static async Task<bool> IsEmailFreeAsync(IDbContextFactory<VoipDbContext> dbFactory, string? email, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return true;
        }

        var normalized = email.Trim().ToUpperInvariant();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return !await db.Users.AnyAsync(u => u.NormalizedEmail == normalized || u.NormalizedUserName == normalized, ct);
    }
}

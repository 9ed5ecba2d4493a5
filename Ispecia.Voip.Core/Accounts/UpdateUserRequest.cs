namespace Ispecia.Voip.Core.Accounts;

/// <summary>Change a user's display name or role.</summary>
public sealed class UpdateUserRequest
{
    public string UserId { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string Role { get; set; } = Roles.Agent;
}

public sealed class UpdateUserRequestValidator : AbstractValidator<UpdateUserRequest>
{
    public UpdateUserRequestValidator()
    {
        RuleFor(r => r.UserId).NotEmpty().WithMessage("Choose a user.");
        RuleFor(r => r.DisplayName)
            .NotEmpty().WithMessage("Enter the name colleagues and callers see.")
            .MaximumLength(AppUser.DisplayNameMaxLength).WithMessage($"Keep the name to {AppUser.DisplayNameMaxLength} characters or fewer.");
        RuleFor(r => r.Role)
            .Must(role => Roles.All.Contains(role)).WithMessage("Choose Agent, Supervisor or Admin.");
    }
}

namespace Ispecia.Voip.Core.Accounts;

/// <summary>An admin sets a new password for a user (who is then signed out everywhere).</summary>
public sealed class ResetPasswordRequest
{
    public string UserId { get; set; } = "";

    public string NewPassword { get; set; } = "";
}

public sealed class ResetPasswordRequestValidator : AbstractValidator<ResetPasswordRequest>
{
    public ResetPasswordRequestValidator(IOptions<IdentityOptions> identity)
    {
        RuleFor(r => r.UserId).NotEmpty().WithMessage("Choose a user.");
        RuleFor(r => r.NewPassword)
            .Custom((password, context) =>
            {
                if (PasswordPolicy.Check(password, identity.Value.Password) is { } problem)
                {
                    context.AddFailure(problem);
                }
            });
    }
}

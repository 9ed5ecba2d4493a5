namespace Ispecia.Voip.Core.Calls;

/// <summary>What the agent notes after a call.</summary>
public sealed class WrapUpRequest
{
    public CallOutcome? Outcome { get; set; }

    public string? Notes { get; set; }
}

public sealed class WrapUpRequestValidator : AbstractValidator<WrapUpRequest>
{
    public WrapUpRequestValidator()
    {
        RuleFor(r => r.Notes).MaximumLength(Call.NotesMaxLength).WithMessage($"Notes are limited to {Call.NotesMaxLength} characters.");
        RuleFor(r => r).Must(r => r.Outcome is not null || !string.IsNullOrWhiteSpace(r.Notes))
            .WithMessage("Choose an outcome or write a note.");
        RuleFor(r => r.Outcome).IsInEnum();
    }
}

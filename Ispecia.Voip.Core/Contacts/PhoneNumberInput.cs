namespace Ispecia.Voip.Core.Contacts;

/// <summary>A number as entered in a form or API call.</summary>
public sealed class PhoneNumberInput
{
    public PhoneLabel Label { get; set; } = PhoneLabel.Work;

    public string Number { get; set; } = "";
}

public sealed class PhoneNumberInputValidator : AbstractValidator<PhoneNumberInput>
{
    public PhoneNumberInputValidator(PhoneNumberService phones)
    {
        RuleFor(p => p.Label).IsInEnum();
        RuleFor(p => p.Number)
            .NotEmpty().WithMessage("Enter a phone number.")
            .MaximumLength(PhoneNumber.RawMaxLength)
            .Custom((number, context) =>
            {
                if (string.IsNullOrWhiteSpace(number) || number.Length > PhoneNumber.RawMaxLength)
                {
                    return;
                }

                var parsed = phones.Parse(number);
                if (!parsed.IsValid)
                {
                    context.AddFailure(parsed.Error ?? "This is not a valid phone number.");
                }
            });
    }
}

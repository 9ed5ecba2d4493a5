using FluentValidation;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Phone;

namespace Ispecia.Voip.Core.Leads;

/// <summary>Create or update a lead: the form's model and the API's body.</summary>
public sealed class LeadRequest
{
    public string Title { get; set; } = "";

    public LeadStatus Status { get; set; } = LeadStatus.New;

    public decimal? Value { get; set; }

    public string ContactPerson { get; set; } = "";

    public string? Company { get; set; }

    public string? Email { get; set; }

    public int? ContactId { get; set; }

    public string? Notes { get; set; }

    public List<PhoneNumberInput> PhoneNumbers { get; set; } = [];
}

public sealed class LeadRequestValidator : AbstractValidator<LeadRequest>
{
    public const decimal MaxValue = 1_000_000_000m;

    public LeadRequestValidator(PhoneNumberService phones)
    {
        RuleFor(l => l.Title).NotEmpty().WithMessage("Enter a title.").MaximumLength(Lead.TitleMaxLength);
        RuleFor(l => l.Status).IsInEnum();
        RuleFor(l => l.Value)
            .InclusiveBetween(0, MaxValue).WithMessage("The value must be between 0 and 1,000,000,000.")
            .When(l => l.Value is not null);
        RuleFor(l => l.ContactPerson).NotEmpty().WithMessage("Enter the person to talk to.").MaximumLength(Lead.ContactPersonMaxLength);
        RuleFor(l => l.Company).MaximumLength(Contact.CompanyMaxLength);
        RuleFor(l => l.Email)
            .MaximumLength(Contact.EmailMaxLength)
            .EmailAddress().WithMessage("Enter an email address like name@example.com.")
            .When(l => !string.IsNullOrWhiteSpace(l.Email));
        RuleFor(l => l.Notes).MaximumLength(Contact.NotesMaxLength);
        // Stop at a null list (a JSON client can send "phoneNumbers": null) before counting it.
        RuleFor(l => l.PhoneNumbers)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Send a list of phone numbers (it may be empty).")
            .Must(list => list.Count <= ContactRequestValidator.MaxPhoneNumbers)
            .WithMessage($"A lead can have at most {ContactRequestValidator.MaxPhoneNumbers} numbers.");
        RuleForEach(l => l.PhoneNumbers).NotNull().WithMessage("A phone number entry is empty.").SetValidator(new PhoneNumberInputValidator(phones));
    }
}

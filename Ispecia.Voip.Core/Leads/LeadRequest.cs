using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Core.Leads;

/// <summary>Create or update a lead: the form's model and the API's body.</summary>
public sealed class LeadRequest : ICrmRecordRequest
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
        this.RuleForEmailNotesAndNumbers(phones, "lead");
    }
}

namespace Ispecia.Voip.Core.Contacts;

/// <summary>Create or update a contact: the form's model and the API's body.</summary>
public sealed class ContactRequest : ICrmRecordRequest
{
    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? Company { get; set; }

    public string? JobTitle { get; set; }

    public string? Email { get; set; }

    public string? Notes { get; set; }

    public List<PhoneNumberInput> PhoneNumbers { get; set; } = [];
}

public sealed class ContactRequestValidator : AbstractValidator<ContactRequest>
{
    public ContactRequestValidator(PhoneNumberService phones)
    {
        RuleFor(c => c.FirstName).NotEmpty().WithMessage("Enter a first name.").MaximumLength(Contact.NameMaxLength);
        RuleFor(c => c.LastName).NotEmpty().WithMessage("Enter a last name.").MaximumLength(Contact.NameMaxLength);
        RuleFor(c => c.Company).MaximumLength(Contact.CompanyMaxLength);
        RuleFor(c => c.JobTitle).MaximumLength(Contact.JobTitleMaxLength);
        this.RuleForEmailNotesAndNumbers(phones, "contact");
    }
}

using FluentValidation;
using Ispecia.Voip.Core.Phone;

namespace Ispecia.Voip.Core.Contacts;

/// <summary>Create or update a contact: the form's model and the API's body.</summary>
public sealed class ContactRequest
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
    public const int MaxPhoneNumbers = 10;

    public ContactRequestValidator(PhoneNumberService phones)
    {
        RuleFor(c => c.FirstName).NotEmpty().WithMessage("Enter a first name.").MaximumLength(Contact.NameMaxLength);
        RuleFor(c => c.LastName).NotEmpty().WithMessage("Enter a last name.").MaximumLength(Contact.NameMaxLength);
        RuleFor(c => c.Company).MaximumLength(Contact.CompanyMaxLength);
        RuleFor(c => c.JobTitle).MaximumLength(Contact.JobTitleMaxLength);
        RuleFor(c => c.Email)
            .MaximumLength(Contact.EmailMaxLength)
            .EmailAddress().WithMessage("Enter an email address like name@example.com.")
            .When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.Notes).MaximumLength(Contact.NotesMaxLength);
        // Stop at a null list (a JSON client can send "phoneNumbers": null) before counting it.
        RuleFor(c => c.PhoneNumbers)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Send a list of phone numbers (it may be empty).")
            .Must(list => list.Count <= MaxPhoneNumbers).WithMessage($"A contact can have at most {MaxPhoneNumbers} numbers.");
        RuleForEach(c => c.PhoneNumbers).NotNull().WithMessage("A phone number entry is empty.").SetValidator(new PhoneNumberInputValidator(phones));
    }
}

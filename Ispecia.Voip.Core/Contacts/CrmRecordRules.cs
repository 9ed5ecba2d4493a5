namespace Ispecia.Voip.Core.Contacts;

/// <summary>The rules a contact and a lead share for their email, notes and phone numbers.</summary>
internal static class CrmRecordRules
{
    public const int MaxPhoneNumbers = 10;

    /// <param name="noun">"contact" or "lead", for the too-many-numbers message.</param>
    public static void RuleForEmailNotesAndNumbers<T>(this AbstractValidator<T> validator, PhoneNumberService phones, string noun)
        where T : ICrmRecordRequest
    {
        validator.RuleFor(r => r.Email)
            .MaximumLength(Contact.EmailMaxLength)
            .EmailAddress().WithMessage("Enter an email address like name@example.com.")
            .When(r => !string.IsNullOrWhiteSpace(r.Email));
        validator.RuleFor(r => r.Notes).MaximumLength(Contact.NotesMaxLength);
        // Stop at a null list (a JSON client can send "phoneNumbers": null) before counting it.
        validator.RuleFor(r => r.PhoneNumbers)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Send a list of phone numbers (it may be empty).")
            .Must(list => list.Count <= MaxPhoneNumbers).WithMessage($"A {noun} can have at most {MaxPhoneNumbers} numbers.");
        validator.RuleForEach(r => r.PhoneNumbers)
            .NotNull().WithMessage("A phone number entry is empty.")
            .SetValidator(new PhoneNumberInputValidator(phones));
    }
}

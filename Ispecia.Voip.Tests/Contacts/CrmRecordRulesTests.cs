using FluentValidation.Results;
using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Tests.Contacts;

/// <summary>
/// The rules a contact's and a lead's form share (email, numbers), checked once through each validator so that
/// neither can drift from the other.
/// </summary>
public sealed class CrmRecordRulesTests
{
    private static readonly PhoneNumberService Phones = new("US");

    public static TheoryData<string> Kinds => ["contact", "lead"];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Validate_BadEmail_ExplainsWhatIsWrong(string kind)
    {
        var (request, validate) = Valid(kind);
        request.Email = "someone@";

        Assert.Contains(validate(request).Errors,
            e => e.PropertyName == nameof(ICrmRecordRequest.Email) && e.ErrorMessage == "Enter an email address like name@example.com.");
    }

    [Theory]
    [InlineData("contact", "")]
    [InlineData("contact", "hello")]
    [InlineData("contact", "12")]
    [InlineData("lead", "")]
    [InlineData("lead", "hello")]
    [InlineData("lead", "12")]
    public void Validate_UnusableNumber_NamesTheNumberField(string kind, string number)
    {
        var (request, validate) = Valid(kind);
        request.PhoneNumbers = [new PhoneNumberInput { Number = number }];

        Assert.Contains(validate(request).Errors, e => e.PropertyName == "PhoneNumbers[0].Number" && e.ErrorMessage.Length > 5);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Validate_ElevenNumbers_IsRefusedNamingTheRecord(string kind)
    {
        var (request, validate) = Valid(kind);
        request.PhoneNumbers = Enumerable.Range(0, 11).Select(i => new PhoneNumberInput { Number = $"(212) 555-01{i:00}" }).ToList();

        Assert.Contains(validate(request).Errors, e => e.ErrorMessage == $"A {kind} can have at most 10 numbers.");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Validate_NullNumberList_AsksForAList(string kind)
    {
        var (request, validate) = Valid(kind);
        request.PhoneNumbers = null!;

        Assert.Contains(validate(request).Errors, e => e.ErrorMessage == "Send a list of phone numbers (it may be empty).");
    }

    private static (ICrmRecordRequest Request, Func<ICrmRecordRequest, ValidationResult> Validate) Valid(string kind) => kind switch
    {
        "contact" => (ContactRequestValidatorTests.Valid(), r => new ContactRequestValidator(Phones).Validate((ContactRequest)r)),
        _ => (Leads.LeadRequestValidatorTests.Valid(), r => new LeadRequestValidator(Phones).Validate((LeadRequest)r)),
    };
}

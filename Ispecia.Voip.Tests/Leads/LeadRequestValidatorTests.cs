using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Tests.Leads;

public sealed class LeadRequestValidatorTests
{
    private readonly LeadRequestValidator validator = new(new PhoneNumberService("US"));

    [Fact]
    public void Validate_CompleteLead_IsValid()
    {
        Assert.True(validator.Validate(Valid()).IsValid);
    }

    [Theory]
    [InlineData(nameof(LeadRequest.Title), "", "Enter a title.")]
    [InlineData(nameof(LeadRequest.ContactPerson), " ", "Enter the person to talk to.")]
    [InlineData(nameof(LeadRequest.Email), "someone@", "Enter an email address like name@example.com.")]
    public void Validate_BadField_ExplainsWhatIsWrong(string property, string value, string message)
    {
        var request = Valid();
        typeof(LeadRequest).GetProperty(property)!.SetValue(request, value);

        var result = validator.Validate(request);

        Assert.Contains(result.Errors, e => e.PropertyName == property && e.ErrorMessage == message);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(1_000_000_001)]
    public void Validate_ValueOutOfRange_IsRefused(int value)
    {
        var request = Valid();
        request.Value = value;

        Assert.Contains(validator.Validate(request).Errors,
            e => e.PropertyName == nameof(LeadRequest.Value) && e.ErrorMessage == "The value must be between 0 and 1,000,000,000.");
    }

    [Fact]
    public void Validate_NoValue_IsValid()
    {
        var request = Valid();
        request.Value = null;

        Assert.True(validator.Validate(request).IsValid);
    }

    [Fact]
    public void Validate_UnknownStatus_IsRefused()
    {
        var request = Valid();
        request.Status = (LeadStatus)42;

        Assert.Contains(validator.Validate(request).Errors, e => e.PropertyName == nameof(LeadRequest.Status));
    }

    [Fact]
    public void Validate_TooLongTitle_IsRefused()
    {
        var request = Valid();
        request.Title = new string('x', Lead.TitleMaxLength + 1);

        Assert.Contains(validator.Validate(request).Errors, e => e.PropertyName == nameof(LeadRequest.Title));
    }

    internal static LeadRequest Valid() => new()
    {
        Title = "Fleet renewal",
        Status = LeadStatus.Contacted,
        Value = 12000m,
        ContactPerson = "Ines Carvalho",
        Email = "ines@atlas.example",
        PhoneNumbers = [new PhoneNumberInput { Label = PhoneLabel.Mobile, Number = "(212) 555-0199" }],
    };
}

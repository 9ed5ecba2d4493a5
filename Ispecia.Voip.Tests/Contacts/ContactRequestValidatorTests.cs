using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Tests.Contacts;

public sealed class ContactRequestValidatorTests
{
    private readonly ContactRequestValidator validator = new(new PhoneNumberService("US"));

    [Fact]
    public void Validate_CompleteContact_IsValid()
    {
        var request = Valid();

        Assert.True(validator.Validate(request).IsValid);
    }

    [Theory]
    [InlineData(nameof(ContactRequest.FirstName), "", "Enter a first name.")]
    [InlineData(nameof(ContactRequest.LastName), " ", "Enter a last name.")]
    [InlineData(nameof(ContactRequest.Email), "someone@", "Enter an email address like name@example.com.")]
    public void Validate_BadField_ExplainsWhatIsWrong(string property, string value, string message)
    {
        var request = Valid();
        typeof(ContactRequest).GetProperty(property)!.SetValue(request, value);

        var result = validator.Validate(request);

        Assert.Contains(result.Errors, e => e.PropertyName == property && e.ErrorMessage == message);
    }

    [Fact]
    public void Validate_TooLongName_IsRefused()
    {
        var request = Valid();
        request.LastName = new string('x', Contact.NameMaxLength + 1);

        Assert.Contains(validator.Validate(request).Errors, e => e.PropertyName == nameof(ContactRequest.LastName));
    }

    internal static ContactRequest Valid() => new()
    {
        FirstName = "Ines",
        LastName = "Carvalho",
        Email = "ines@atlas.example",
        PhoneNumbers = [new PhoneNumberInput { Label = PhoneLabel.Mobile, Number = "(212) 555-0199" }],
    };
}

using FluentValidation;

namespace Ispecia.Voip.Tests.Trunks;

public sealed class TrunkRequestValidatorTests : IAsyncLifetime
{
    private AdminServices services = null!;

    private IValidator<TrunkRequest> Validator => services.Get<IValidator<TrunkRequest>>();

    public async ValueTask InitializeAsync() => services = await AdminServices.StartAsync();

    public ValueTask DisposeAsync() => services.DisposeAsync();

    [Fact]
    public async Task Validate_CompleteSipTrunk_IsValid()
    {
        var result = await Validator.ValidateAsync(Sip(), TestContext.Current.CancellationToken);

        Assert.True(result.IsValid, string.Join(" ", result.Errors));
    }

    [Theory]
    [InlineData("")]
    [InlineData("sip:carrier.example.com")]
    [InlineData("carrier.example.com:5060")]
    [InlineData("carrier example.com")]
    [InlineData("10.0.0")]
    public async Task Validate_BadHost_ExplainsTheForm(string host)
    {
        var request = Sip();
        request.Host = host;

        var result = await Validator.ValidateAsync(request, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors, e => e.PropertyName == nameof(TrunkRequest.Host));
        Assert.Contains("sip.example.com", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("203.0.113.10")]
    [InlineData("2001:db8::10")]
    [InlineData("carrier.example.com")]
    public async Task Validate_HostNameOrAddress_IsValid(string host)
    {
        var request = Sip();
        request.Host = host;

        var result = await Validator.ValidateAsync(request, TestContext.Current.CancellationToken);

        Assert.True(result.IsValid, string.Join(" ", result.Errors));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    public async Task Validate_PortOutOfRange_Refused(int port)
    {
        var request = Sip();
        request.Port = port;

        var result = await Validator.ValidateAsync(request, TestContext.Current.CancellationToken);

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(TrunkRequest.Port) && e.ErrorMessage.Contains("1 to 65535", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_CredentialsWithoutUserOrPassword_AsksForBoth()
    {
        var request = Sip();
        request.Username = null;
        request.Password = null;

        var result = await Validator.ValidateAsync(request, TestContext.Current.CancellationToken);

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(TrunkRequest.Username));
        Assert.Contains(result.Errors, e => e.PropertyName == nameof(TrunkRequest.Password) && e.ErrorMessage == "Enter the password the trunk expects.");
    }

    [Fact]
    public async Task Validate_TwilioTrunkWithoutCredentials_IsValid()
    {
        var request = new TrunkRequest { Name = "Twilio", Provider = TrunkProvider.Twilio, Host = "api.twilio.com", Port = 443, Transport = SipTransport.Tls };

        var result = await Validator.ValidateAsync(request, TestContext.Current.CancellationToken);

        Assert.True(result.IsValid, string.Join(" ", result.Errors));
    }

    [Fact]
    public async Task Validate_AllowListWithBadEntries_NamesEachOne()
    {
        var request = Sip();
        request.AuthMethod = TrunkAuthMethod.IpAllowList;
        request.AllowedIps = "203.0.113.10, 198.51.100.7/24, 10.0.0.999, 2001:db8::/48";

        var result = await Validator.ValidateAsync(request, TestContext.Current.CancellationToken);

        var messages = result.Errors.Where(e => e.PropertyName == nameof(TrunkRequest.AllowedIps)).Select(e => e.ErrorMessage).ToList();
        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m.Contains("did you mean 198.51.100.0/24?", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.Contains("'10.0.0.999'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_AllowListAuthWithEmptyList_AsksForOne()
    {
        var request = Sip();
        request.AuthMethod = TrunkAuthMethod.IpAllowList;
        request.AllowedIps = " ";

        var result = await Validator.ValidateAsync(request, TestContext.Current.CancellationToken);

        Assert.Contains(result.Errors, e => e.PropertyName == nameof(TrunkRequest.AllowedIps) && e.ErrorMessage.StartsWith("Enter at least one", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Validate_NameOfAnotherTrunkInOtherCase_Refused()
    {
        await services.Get<TrunkService>().SaveAsync(Sip(), AdminServices.Admin, TestContext.Current.CancellationToken);
        var request = Sip();
        request.Name = "CARRIER ONE";

        var result = await Validator.ValidateAsync(request, TestContext.Current.CancellationToken);

        var error = Assert.Single(result.Errors);
        Assert.Equal("Another trunk is already called 'CARRIER ONE'; choose another name.", error.ErrorMessage);
    }

    [Fact]
    public async Task Validate_EditingWithBlankPasswordWhenOneIsStored_IsValid()
    {
        var id = await services.Get<TrunkService>().SaveAsync(Sip(), AdminServices.Admin, TestContext.Current.CancellationToken);
        var request = Sip();
        request.Id = id;
        request.Password = "";

        var result = await Validator.ValidateAsync(request, TestContext.Current.CancellationToken);

        Assert.True(result.IsValid, string.Join(" ", result.Errors));
    }

    internal static TrunkRequest Sip() => new()
    {
        Name = "Carrier One",
        Provider = TrunkProvider.Sip,
        Host = "sip.carrier.example.com",
        Port = 5061,
        Transport = SipTransport.Tls,
        AuthMethod = TrunkAuthMethod.Credentials,
        Username = "ispecia",
        Password = "s3cret-Trunk-pw",
        Priority = 2,
    };
}

namespace Ispecia.Voip.Tests.Routing;

public sealed class InboundRouteRequestValidatorTests
{
    private readonly InboundRouteRequestValidator validator = new(new PhoneNumberService("US"));

    [Fact]
    public void Validate_CompleteTeamRoute_IsValid()
    {
        Assert.True(validator.Validate(Valid()).IsValid);
    }

    [Theory]
    [InlineData(RouteDestination.Agent)]
    [InlineData(RouteDestination.Team)]
    [InlineData(RouteDestination.Voicemail)]
    [InlineData(RouteDestination.ExternalNumber)]
    [InlineData(RouteDestination.Hangup)]
    public void Validate_EachDestinationWithItsTarget_IsValid(RouteDestination destination)
    {
        var request = Valid();
        request.Destination = destination;
        request.DestinationUserId = "user-1";
        request.DestinationNumber = "(415) 555-0199";

        var result = validator.Validate(request);

        Assert.True(result.IsValid, string.Join(" ", result.Errors));
    }

    [Theory]
    [InlineData(nameof(InboundRouteRequest.Name), "", "Enter a name.")]
    [InlineData(nameof(InboundRouteRequest.Name), "  ", "Enter a name.")]
    [InlineData(nameof(InboundRouteRequest.DidPattern), "", "Enter the number this route answers, e.g. +14155550100, +1555* or * for any number.")]
    [InlineData(nameof(InboundRouteRequest.DidPattern), "_1N[1-5", "Unclosed '[' at position 4.")]
    [InlineData(nameof(InboundRouteRequest.DidPattern), "_1.X", "'.' must be the last character (found at position 3).")]
    [InlineData(nameof(InboundRouteRequest.DidPattern), "14155550100", "Start with + and the country code. Use E.164 like +14155550100.")]
    [InlineData(nameof(InboundRouteRequest.CallerIdPattern), "+1 212*", "Remove spaces and punctuation. A prefix is + and digits followed by *, like +1555*.")]
    [InlineData(nameof(InboundRouteRequest.CallerIdPattern), "_1Q", "Only digits, X, Z, N, [..] and '.' may follow '_' (found 'Q' at position 3).")]
    public void Validate_BadTextField_ExplainsWhatIsWrong(string property, string value, string message)
    {
        var request = Valid();
        typeof(InboundRouteRequest).GetProperty(property)!.SetValue(request, value);

        var result = validator.Validate(request);

        var error = Assert.Single(result.Errors);
        Assert.Equal(property, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Theory]
    [InlineData(nameof(InboundRouteRequest.Name), InboundRoute.NameMaxLength, "Keep the name to 80 characters or fewer.")]
    [InlineData(nameof(InboundRouteRequest.DidPattern), InboundRoute.PatternMaxLength, "Keep the pattern to 40 characters or fewer.")]
    [InlineData(nameof(InboundRouteRequest.CallerIdPattern), InboundRoute.PatternMaxLength, "Keep the pattern to 40 characters or fewer.")]
    public void Validate_TooLongText_IsRefusedWithTheLimit(string property, int limit, string message)
    {
        var request = Valid();
        var text = property == nameof(InboundRouteRequest.Name) ? new string('x', limit + 1) : "_" + new string('X', limit);
        typeof(InboundRouteRequest).GetProperty(property)!.SetValue(request, text);

        var error = Assert.Single(validator.Validate(request).Errors);

        Assert.Equal(message, error.ErrorMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("*")]
    [InlineData("_1212NXXXXXX")]
    public void Validate_OptionalCallerPattern_AcceptsEmptyOrValid(string? pattern)
    {
        var request = Valid();
        request.CallerIdPattern = pattern;

        Assert.True(validator.Validate(request).IsValid);
    }

    [Theory]
    [InlineData(RouteDestination.Agent, nameof(InboundRouteRequest.DestinationUserId), "Choose the agent who takes these calls.")]
    [InlineData(RouteDestination.Team, nameof(InboundRouteRequest.DestinationTeamId), "Choose the team that takes these calls.")]
    [InlineData(RouteDestination.ExternalNumber, nameof(InboundRouteRequest.DestinationNumber), "Enter the number to forward calls to.")]
    [InlineData((RouteDestination)99, nameof(InboundRouteRequest.Destination), "Choose where calls go.")]
    public void Validate_DestinationWithoutItsTarget_AsksForIt(RouteDestination destination, string property, string message)
    {
        var request = Valid();
        request.Destination = destination;
        request.DestinationTeamId = null;

        var error = Assert.Single(validator.Validate(request).Errors);

        Assert.Equal(property, error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Fact]
    public void Validate_TeamIdZero_AsksForATeam()
    {
        var request = Valid();
        request.DestinationTeamId = 0;

        Assert.Equal("Choose the team that takes these calls.", Assert.Single(validator.Validate(request).Errors).ErrorMessage);
    }

    [Theory]
    [InlineData("12", "This number is too short for United States (+1).")]
    [InlineData("call me", "A phone number can't contain letters. Use digits, e.g. (201) 555-0123.")]
    [InlineData("+1 (415) 555-0100 0000 0000", "Keep the number to 20 characters or fewer, e.g. +14155550100.")]
    public void Validate_ExternalNumberUnusable_ExplainsWhy(string number, string message)
    {
        var request = Valid();
        request.Destination = RouteDestination.ExternalNumber;
        request.DestinationNumber = number;

        var error = Assert.Single(validator.Validate(request).Errors);

        Assert.Equal(nameof(InboundRouteRequest.DestinationNumber), error.PropertyName);
        Assert.Equal(message, error.ErrorMessage);
    }

    [Theory]
    [InlineData(5, true)]
    [InlineData(120, true)]
    [InlineData(4, false)]
    [InlineData(121, false)]
    [InlineData(0, false)]
    public void Validate_RingTimeout_AllowsFiveToOneHundredTwentySeconds(int seconds, bool valid)
    {
        var request = Valid();
        request.RingTimeoutSeconds = seconds;

        var result = validator.Validate(request);

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal("Ring for 5 to 120 seconds.", e.ErrorMessage));
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(9999, true)]
    [InlineData(0, false)]
    [InlineData(10000, false)]
    [InlineData(-3, false)]
    public void Validate_Priority_AllowsOneToNineThousandNineHundredNinetyNine(int priority, bool valid)
    {
        var request = Valid();
        request.Priority = priority;

        var result = validator.Validate(request);

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal("Priority must be between 1 (tried first) and 9999.", e.ErrorMessage));
    }

    [Theory]
    [InlineData(RouteDestination.Voicemail, true)]
    [InlineData(RouteDestination.Hangup, true)]
    [InlineData(RouteDestination.Agent, false)]
    [InlineData(RouteDestination.Team, false)]
    public void Validate_Fallback_OnlyVoicemailHangupOrNumber(RouteDestination fallback, bool valid)
    {
        var request = Valid();
        request.Fallback = fallback;

        var result = validator.Validate(request);

        Assert.Equal(valid, result.IsValid);
        Assert.All(result.Errors, e => Assert.Equal("When nobody answers, send the call to voicemail, hang up, forward it to a number, or put it in a queue.", e.ErrorMessage));
    }

    [Theory]
    [InlineData(null, "Enter the number to forward unanswered calls to.")]
    [InlineData("hello", "A phone number can't contain letters. Use digits, e.g. (201) 555-0123.")]
    [InlineData("+44 20 7946 0958", null)]
    public void Validate_FallbackToNumber_NeedsAValidNumber(string? number, string? message)
    {
        var request = Valid();
        request.Fallback = RouteDestination.ExternalNumber;
        request.FallbackNumber = number;

        var result = validator.Validate(request);

        Assert.Equal(message, result.Errors.SingleOrDefault()?.ErrorMessage);
        Assert.All(result.Errors, e => Assert.Equal(nameof(InboundRouteRequest.FallbackNumber), e.PropertyName));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData(3, true)]
    [InlineData(0, false)]
    public void Validate_Trunk_IsOptional(int? trunkId, bool valid)
    {
        var request = Valid();
        request.TrunkId = trunkId;

        Assert.Equal(valid, validator.Validate(request).IsValid);
    }

    private static InboundRouteRequest Valid() => new()
    {
        Name = "Main line",
        DidPattern = "+14155550100",
        CallerIdPattern = null,
        Destination = RouteDestination.Team,
        DestinationTeamId = 1,
        RingTimeoutSeconds = 20,
        Fallback = RouteDestination.Voicemail,
        Priority = 1,
        IsActive = true,
    };
}

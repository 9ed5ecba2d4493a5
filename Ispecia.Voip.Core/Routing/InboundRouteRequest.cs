namespace Ispecia.Voip.Core.Routing;

/// <summary>Create or update an inbound route: the form's model and the API's body.</summary>
public sealed class InboundRouteRequest
{
    public string Name { get; set; } = "";

    /// <summary>The called numbers this route answers; see <see cref="RoutePattern"/>.</summary>
    public string DidPattern { get; set; } = "";

    /// <summary>Optional: only callers this pattern names; empty for every caller.</summary>
    public string? CallerIdPattern { get; set; }

    public RouteDestination Destination { get; set; } = RouteDestination.Voicemail;

    public string? DestinationUserId { get; set; }

    public int? DestinationTeamId { get; set; }

    public string? DestinationNumber { get; set; }

    public int? DestinationQueueId { get; set; }

    public int RingTimeoutSeconds { get; set; } = InboundRoute.DefaultRingTimeoutSeconds;

    public RouteDestination Fallback { get; set; } = RouteDestination.Voicemail;

    public string? FallbackNumber { get; set; }

    public int? FallbackQueueId { get; set; }

    public int Priority { get; set; } = 1;

    public bool IsActive { get; set; } = true;

    public int? TrunkId { get; set; }
}

/// <summary>Checks an <see cref="InboundRouteRequest"/> with messages written for the admin's form.</summary>
public sealed class InboundRouteRequestValidator : AbstractValidator<InboundRouteRequest>
{
    public const int MinRingTimeoutSeconds = 5;
    public const int MaxRingTimeoutSeconds = 120;
    public const int MinPriority = 1;
    public const int MaxPriority = 9999;

    public InboundRouteRequestValidator(PhoneNumberService phones)
    {
        RuleFor(r => r.Name)
            .NotEmpty().WithMessage("Enter a name.")
            .MaximumLength(InboundRoute.NameMaxLength).WithMessage($"Keep the name to {InboundRoute.NameMaxLength} characters or fewer.");
        RuleFor(r => r.DidPattern)
            .NotEmpty().WithMessage("Enter the number this route answers, e.g. +14155550100, +1555* or * for any number.")
            .MaximumLength(InboundRoute.PatternMaxLength).WithMessage($"Keep the pattern to {InboundRoute.PatternMaxLength} characters or fewer.")
            .Custom((pattern, context) => CheckPattern(pattern, context));
        RuleFor(r => r.CallerIdPattern)
            .MaximumLength(InboundRoute.PatternMaxLength).WithMessage($"Keep the pattern to {InboundRoute.PatternMaxLength} characters or fewer.")
            .Custom((pattern, context) => CheckPattern(pattern, context))
            .When(r => !string.IsNullOrWhiteSpace(r.CallerIdPattern));

        RuleFor(r => r.Destination).IsInEnum().WithMessage("Choose where calls go.");
        RuleFor(r => r.DestinationUserId)
            .NotEmpty().WithMessage("Choose the agent who takes these calls.")
            .When(r => r.Destination == RouteDestination.Agent);
        RuleFor(r => r.DestinationTeamId)
            .NotNull().WithMessage("Choose the team that takes these calls.")
            .GreaterThan(0).WithMessage("Choose the team that takes these calls.")
            .When(r => r.Destination == RouteDestination.Team);
        RuleFor(r => r.DestinationNumber)
            .Custom((number, context) => CheckNumber(phones, number, "Enter the number to forward calls to.", context))
            .When(r => r.Destination == RouteDestination.ExternalNumber);

        RuleFor(r => r.DestinationQueueId)
            .NotNull().WithMessage("Choose the queue callers wait in.")
            .GreaterThan(0).WithMessage("Choose the queue callers wait in.")
            .When(r => r.Destination == RouteDestination.Queue);

        RuleFor(r => r.RingTimeoutSeconds)
            .InclusiveBetween(MinRingTimeoutSeconds, MaxRingTimeoutSeconds)
            .WithMessage($"Ring for {MinRingTimeoutSeconds} to {MaxRingTimeoutSeconds} seconds.");
        RuleFor(r => r.Fallback)
            .Must(f => f is RouteDestination.Voicemail or RouteDestination.Hangup or RouteDestination.ExternalNumber or RouteDestination.Queue)
            .WithMessage("When nobody answers, send the call to voicemail, hang up, forward it to a number, or put it in a queue.");
        RuleFor(r => r.FallbackQueueId)
            .NotNull().WithMessage("Choose the queue unanswered callers wait in.")
            .GreaterThan(0).WithMessage("Choose the queue unanswered callers wait in.")
            .When(r => r.Fallback == RouteDestination.Queue);
        RuleFor(r => r.FallbackNumber)
            .Custom((number, context) => CheckNumber(phones, number, "Enter the number to forward unanswered calls to.", context))
            .When(r => r.Fallback == RouteDestination.ExternalNumber);

        RuleFor(r => r.Priority)
            .InclusiveBetween(MinPriority, MaxPriority)
            .WithMessage($"Priority must be between {MinPriority} (tried first) and {MaxPriority}.");
        RuleFor(r => r.TrunkId).GreaterThan(0).WithMessage("Choose a trunk, or none.").When(r => r.TrunkId is not null);
    }

    private static void CheckPattern(string? pattern, ValidationContext<InboundRouteRequest> context)
    {
        if (string.IsNullOrWhiteSpace(pattern) || pattern.Length > InboundRoute.PatternMaxLength)
        {
            return;
        }

        if (!RoutePattern.TryParse(pattern, out _, out var error))
        {
            context.AddFailure(error);
        }
    }

    private static void CheckNumber(PhoneNumberService phones, string? number, string missing, ValidationContext<InboundRouteRequest> context)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            context.AddFailure(missing);
            return;
        }

        if (number.Length > InboundRoute.NumberMaxLength)
        {
            context.AddFailure($"Keep the number to {InboundRoute.NumberMaxLength} characters or fewer, e.g. +14155550100.");
            return;
        }

        var parsed = phones.Parse(number);
        if (!parsed.IsValid)
        {
            context.AddFailure(parsed.Error!);
        }
    }
}

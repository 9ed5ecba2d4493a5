using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Routing;

namespace Ispecia.Voip.Core.Queues;

/// <summary>Create or update a call queue: the dialog's model.</summary>
public sealed class CallQueueRequest
{
    /// <summary>The queue being edited, or null for a new one (the name must be unique).</summary>
    public int? Id { get; set; }

    public string Name { get; set; } = "";

    public List<string> MemberIds { get; set; } = [];

    public int? TeamId { get; set; }

    /// <summary>Empty for the built-in hold music.</summary>
    public string? HoldMusicUrl { get; set; }

    public int AnnounceEverySeconds { get; set; } = 60;

    public int MaxWaitSeconds { get; set; } = 300;

    public RouteDestination AtMaxWait { get; set; } = RouteDestination.Voicemail;

    public string? MaxWaitUserId { get; set; }

    public int? MaxWaitTeamId { get; set; }

    public string? MaxWaitNumber { get; set; }

    public QueueStrategy Strategy { get; set; } = QueueStrategy.RingLongestIdle;

    public int RingTimeoutSeconds { get; set; } = CallQueue.DefaultRingTimeoutSeconds;
}

/// <summary>Checks a <see cref="CallQueueRequest"/> with messages written for the admin's form.</summary>
public sealed class CallQueueRequestValidator : AbstractValidator<CallQueueRequest>
{
    public const int MaxMembers = 200;
    public const int MinAnnounceSeconds = 15;
    public const int MaxAnnounceSeconds = 600;
    public const int MinMaxWaitSeconds = 10;
    public const int MaxMaxWaitSeconds = 3600;

    public CallQueueRequestValidator(IDbContextFactory<VoipDbContext> dbFactory, PhoneNumberService phones)
    {
        RuleFor(q => q.Name)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a name.")
            .MaximumLength(CallQueue.NameMaxLength).WithMessage($"Keep the name to {CallQueue.NameMaxLength} characters or fewer.")
            .MustAsync((request, name, ct) => IsNameFreeAsync(dbFactory, request.Id, name, ct))
            .WithMessage(q => $"Another queue is already called '{q.Name.Trim()}'; choose another name.");
        RuleFor(q => q.MemberIds)
            .Cascade(CascadeMode.Stop)
            .NotNull().WithMessage("Choose the members.")
            .Must((request, ids) => ids.Count > 0 || request.TeamId is not null).WithMessage("Choose members, a team, or both: someone must take the callers.")
            .Must(ids => ids.Count <= MaxMembers).WithMessage($"A queue can have at most {MaxMembers} members.")
            .CustomAsync(async (ids, context, ct) =>
            {
                var wanted = ids.Distinct().ToList();
                await using var db = await dbFactory.CreateDbContextAsync(ct);
                if (await db.VoipAccounts.CountAsync(a => wanted.Contains(a.UserId), ct) < wanted.Count)
                {
                    context.AddFailure("Members must be users with a VoIP account; give them one on the Accounts page first.");
                }
            });
        RuleFor(q => q.HoldMusicUrl)
            .MaximumLength(CallQueue.UrlMaxLength).WithMessage($"Keep the address to {CallQueue.UrlMaxLength} characters or fewer.")
            .Must(url => Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http")
            .WithMessage("Enter the web address (https://…) of an MP3 or WAV file Twilio can fetch, or leave it empty for the built-in music.")
            .When(q => !string.IsNullOrWhiteSpace(q.HoldMusicUrl));
        RuleFor(q => q.AnnounceEverySeconds)
            .Must(s => s == 0 || s is >= MinAnnounceSeconds and <= MaxAnnounceSeconds)
            .WithMessage($"Announce every {MinAnnounceSeconds} to {MaxAnnounceSeconds} seconds, or 0 for never.");
        RuleFor(q => q.MaxWaitSeconds)
            .InclusiveBetween(MinMaxWaitSeconds, MaxMaxWaitSeconds)
            .WithMessage($"Callers may wait {MinMaxWaitSeconds} to {MaxMaxWaitSeconds} seconds.");
        RuleFor(q => q.AtMaxWait)
            .Must(d => d is not RouteDestination.Queue && Enum.IsDefined(d))
            .WithMessage("At the maximum wait, send the caller to voicemail, an agent, a team or a number, or hang up.");
        RuleFor(q => q.MaxWaitUserId).NotEmpty().WithMessage("Choose the agent who takes callers at the maximum wait.")
            .When(q => q.AtMaxWait == RouteDestination.Agent);
        RuleFor(q => q.MaxWaitTeamId).NotNull().WithMessage("Choose the team that takes callers at the maximum wait.")
            .When(q => q.AtMaxWait == RouteDestination.Team);
        RuleFor(q => q.MaxWaitNumber)
            .Custom((number, context) =>
            {
                var parsed = phones.Parse(number);
                if (string.IsNullOrWhiteSpace(number) || number.Length > CallQueue.NumberMaxLength || !parsed.IsValid)
                {
                    context.AddFailure(string.IsNullOrWhiteSpace(number) ? "Enter the number callers are forwarded to at the maximum wait." : parsed.Error ?? "Enter a number such as +14155550100.");
                }
            })
            .When(q => q.AtMaxWait == RouteDestination.ExternalNumber);
        RuleFor(q => q.Strategy).IsInEnum().WithMessage("Choose how members are offered callers.");
        RuleFor(q => q.RingTimeoutSeconds)
            .InclusiveBetween(InboundRouteRequestValidator.MinRingTimeoutSeconds, InboundRouteRequestValidator.MaxRingTimeoutSeconds)
            .WithMessage($"Ring each member for {InboundRouteRequestValidator.MinRingTimeoutSeconds} to {InboundRouteRequestValidator.MaxRingTimeoutSeconds} seconds.");
    }

    private static async Task<bool> IsNameFreeAsync(IDbContextFactory<VoipDbContext> dbFactory, int? id, string name, CancellationToken ct)
    {
        // Compared here, not in SQL: SQLite's lower() only folds ASCII.
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var others = await db.CallQueues.Where(q => q.Id != id).Select(q => q.Name).ToListAsync(ct);
        return !others.Any(n => string.Equals(n.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}

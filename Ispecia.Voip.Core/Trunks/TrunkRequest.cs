namespace Ispecia.Voip.Core.Trunks;

/// <summary>Create or update a trunk: the dialog's model.</summary>
public sealed class TrunkRequest
{
    /// <summary>The trunk being edited, or null for a new one; the validator needs it to check the name is unique.</summary>
    public int? Id { get; set; }

    public string Name { get; set; } = "";

    public TrunkProvider Provider { get; set; } = TrunkProvider.Sip;

    public string Host { get; set; } = "";

    public int Port { get; set; } = 5060;

    public SipTransport Transport { get; set; } = SipTransport.Udp;

    public TrunkAuthMethod AuthMethod { get; set; } = TrunkAuthMethod.Credentials;

    public string? Username { get; set; }

    /// <summary>Write-only: a new password, or empty to keep the stored one. Never filled from the database.</summary>
    public string? Password { get; set; }

    /// <summary>IPs or CIDR blocks, separated by commas, spaces or new lines.</summary>
    public string? AllowedIps { get; set; }

    public int Priority { get; set; } = 1;

    public bool IsActive { get; set; } = true;

    /// <summary>Credentials matter only for SIP trunks; Twilio trunks use the account in appsettings.json.</summary>
    public bool UsesCredentials => Provider == TrunkProvider.Sip && AuthMethod == TrunkAuthMethod.Credentials;

    /// <summary>The IP allow-list matters only for SIP trunks that authenticate by address.</summary>
    public bool UsesAllowList => Provider == TrunkProvider.Sip && AuthMethod == TrunkAuthMethod.IpAllowList;
}

/// <summary>Checks a <see cref="TrunkRequest"/> with messages written for the admin's form.</summary>
public sealed class TrunkRequestValidator : AbstractValidator<TrunkRequest>
{
    public const int MinPriority = 1;
    public const int MaxPriority = 9999;

    public TrunkRequestValidator(IDbContextFactory<VoipDbContext> dbFactory)
    {
        RuleFor(t => t.Name)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter a name.")
            .MaximumLength(Trunk.NameMaxLength).WithMessage($"Keep the name to {Trunk.NameMaxLength} characters or fewer.")
            .MustAsync((request, name, ct) => IsNameFreeAsync(dbFactory, request.Id, name, ct))
            .WithMessage(t => $"Another trunk is already called '{t.Name.Trim()}'; choose another name.");
        RuleFor(t => t.Provider).IsInEnum().WithMessage("Choose Twilio or SIP.");
        RuleFor(t => t.Host)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter the host name or IP address, e.g. sip.example.com.")
            .MaximumLength(Trunk.HostMaxLength).WithMessage($"Keep the host to {Trunk.HostMaxLength} characters or fewer.")
            .Must(IsHostNameOrAddress)
            .WithMessage("Enter a host name such as sip.example.com or an IP address such as 203.0.113.10, without sip: or a port.");
        RuleFor(t => t.Port).InclusiveBetween(1, 65535).WithMessage("Enter a port from 1 to 65535 (SIP usually uses 5060, or 5061 for TLS).");
        RuleFor(t => t.Transport).IsInEnum().WithMessage("Choose UDP, TCP or TLS.");
        RuleFor(t => t.AuthMethod).IsInEnum().WithMessage("Choose credentials or IP allow-list.");

        RuleFor(t => t.Username)
            .NotEmpty().WithMessage("Enter the user name the trunk expects.")
            .MaximumLength(Trunk.UsernameMaxLength).WithMessage($"Keep the user name to {Trunk.UsernameMaxLength} characters or fewer.")
            .When(t => t.UsesCredentials);
        RuleFor(t => t.Password)
            .MaximumLength(Trunk.PasswordMaxLength).WithMessage($"Keep the password to {Trunk.PasswordMaxLength} characters or fewer.")
            .MustAsync((request, password, ct) => HasPasswordAsync(dbFactory, request, password, ct))
            .WithMessage("Enter the password the trunk expects.")
            .When(t => t.UsesCredentials);

        RuleFor(t => t.AllowedIps)
            .Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Enter at least one IP address or CIDR block that may send calls.")
            .MaximumLength(Trunk.AllowedIpsMaxLength).WithMessage($"Keep the allow-list to {Trunk.AllowedIpsMaxLength} characters or fewer.")
            .Custom(CheckAllowList)
            .When(t => t.UsesAllowList);

        RuleFor(t => t.Priority)
            .InclusiveBetween(MinPriority, MaxPriority)
            .WithMessage($"Priority must be between {MinPriority} (tried first) and {MaxPriority}.");
    }

    /// <summary>A DNS name or an IPv4/IPv6 address, without scheme, user or port.</summary>
    public static bool IsHostNameOrAddress(string? host)
    {
        if (string.IsNullOrWhiteSpace(host))
        {
            return false;
        }

        var trimmed = host.Trim();
        return Uri.CheckHostName(trimmed) switch
        {
            UriHostNameType.IPv4 => trimmed.Count(c => c == '.') == 3,
            UriHostNameType.IPv6 => true,
            UriHostNameType.Dns => trimmed.Split('.').All(label => label.Length is > 0 and <= 63),
            _ => false,
        };
    }

    private static void CheckAllowList(string? text, ValidationContext<TrunkRequest> context)
    {
        foreach (var entry in IpAllowList.Split(text))
        {
            if (!IpAllowList.IsValidEntry(entry, out var error))
            {
                context.AddFailure(error);
            }
        }
    }

    private static async Task<bool> IsNameFreeAsync(IDbContextFactory<VoipDbContext> dbFactory, int? id, string? name, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return true;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return !await TrunkService.NameTakenAsync(db, id, name, ct);
    }

    /// <summary>A password is typed, or the trunk being edited already has one (a blank field keeps it).</summary>
    private static async Task<bool> HasPasswordAsync(IDbContextFactory<VoipDbContext> dbFactory, TrunkRequest request, string? password, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(password))
        {
            return true;
        }

        if (request.Id is not { } id)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Trunks.AnyAsync(t => t.Id == id && t.PasswordProtected != null, ct);
    }
}

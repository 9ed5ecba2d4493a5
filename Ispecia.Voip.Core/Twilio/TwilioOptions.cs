namespace Ispecia.Voip.Core.Twilio;

/// <summary>The "Twilio" section of appsettings.json: credentials and the few knobs the protocol code needs.</summary>
public sealed class TwilioOptions
{
    public const string SectionName = "Twilio";

    /// <summary>The origin the official library addresses.</summary>
    public const string DefaultApiBaseUrl = "https://api.twilio.com";

    /// <summary>Account SID (AC…): the user name for REST calls and the <c>sub</c> of access tokens.</summary>
    public string? AccountSid { get; set; }

    /// <summary>Auth token: the REST password and the key that signs webhooks.</summary>
    public string? AuthToken { get; set; }

    /// <summary>The account's Twilio phone number in E.164.</summary>
    public string? PhoneNumber { get; set; }

    /// <summary>API key SID (SK…): the <c>iss</c> of access tokens.</summary>
    public string? ApiKey { get; set; }

    /// <summary>API key secret: signs access tokens.</summary>
    public string? ApiSecret { get; set; }

    /// <summary>TwiML App SID (AP…) whose Voice URL handles calls placed by browsers.</summary>
    public string? TwimlAppSid { get; set; }

    /// <summary>Caller ID for outbound calls when it differs from <see cref="PhoneNumber"/>.</summary>
    public string? CallerId { get; set; }

    /// <summary>Where the library's requests for api.twilio.com are sent; another origin only for an egress proxy or a test.</summary>
    public string ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Refuse webhooks whose X-Twilio-Signature does not match.</summary>
    public bool ValidateSignatures { get; set; } = true;

    /// <summary>Lifetime of browser access tokens, 60 to 86400 seconds.</summary>
    public int TokenTtlSeconds { get; set; } = 3600;

    /// <summary><see cref="CallerId"/> if set, else <see cref="PhoneNumber"/>.</summary>
    public string? EffectiveCallerId => string.IsNullOrWhiteSpace(CallerId) ? PhoneNumber : CallerId;
}

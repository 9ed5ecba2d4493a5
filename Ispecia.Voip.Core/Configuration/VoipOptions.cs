using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.Configuration;

/// <summary>The "Voip" section of appsettings.json (docs/architecture.md section 4).</summary>
public sealed class VoipOptions
{
    public const string SectionName = "Voip";

    public VoipMode Mode { get; set; } = VoipMode.Auto;

    /// <summary>
    /// The https origin Twilio calls, e.g. https://crm.example.com: required in Twilio mode; empty in simulator mode means
    /// the app's own listening address. Never taken from a request.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>ISO region for national numbers (e.g. US); numbers typed without a country code are read as this region's.</summary>
    public string DefaultRegion { get; set; } = "US";

    public RecordingPolicy Recording { get; set; } = RecordingPolicy.All;

    public OutboundPolicyOptions Outbound { get; set; } = new();
}

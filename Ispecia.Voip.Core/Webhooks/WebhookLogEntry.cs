namespace Ispecia.Voip.Core.Webhooks;

/// <summary>A received Twilio webhook and what the app made of it, for the Setup page.</summary>
public class WebhookLogEntry
{
    public const int PathMaxLength = 100;
    public const int ResultMaxLength = 300;

    public long Id { get; set; }

    public DateTime At { get; set; }

    public string Path { get; set; } = "";

    public int StatusCode { get; set; }

    public bool SignatureValid { get; set; }

    public string? CallSid { get; set; }

    public string Result { get; set; } = "";
}

using Microsoft.Extensions.Logging.Console;

namespace Ispecia.Voip.Tests.Operations;

/// <summary>With Logging:Console:FormatterName=json every console line is one JSON object, and phone numbers in it stay masked.</summary>
public sealed class JsonLogTests
{
    [Fact]
    public async Task UnroutedWebhook_WithJsonLogs_LogsValidJsonWithMaskedNumbers()
    {
        await using var app = await TwilioModeApp.StartAsync(
            new Dictionary<string, string?> { ["Logging:Console:FormatterName"] = "json" }, testServices: ConsoleLogCapture.AddTo);
        var capture = app.Factory.Services.GetRequiredService<ConsoleLogCapture>();

        await app.PostTwimlAsync("/voip/webhook/twilio/voice", new Dictionary<string, string>
        {
            ["CallSid"] = TwilioModeApp.NewCallSid(), ["From"] = "+12125550147", ["To"] = "+14155559876", ["CallStatus"] = "ringing",
        });

        Assert.Equal(ConsoleFormatterNames.Json, capture.Formatter.Name);
        var entries = capture.Lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var unrouted = Assert.Single(entries, e => e.GetProperty("Message").GetString()!.StartsWith("No inbound route", StringComparison.Ordinal));
        Assert.Equal("Warning", unrouted.GetProperty("LogLevel").GetString());
        Assert.Equal("+1*******76", unrouted.GetProperty("State").GetProperty("Did").GetString());
        Assert.Equal("+1*******47", unrouted.GetProperty("State").GetProperty("Caller").GetString());
        // Every line of the request, whatever logged it (digits are never escaped in JSON, so the raw text tells).
        Assert.All(capture.Lines, line => Assert.DoesNotContain("2125550147", line, StringComparison.Ordinal));
        Assert.All(capture.Lines, line => Assert.DoesNotContain("4155559876", line, StringComparison.Ordinal));
    }
}

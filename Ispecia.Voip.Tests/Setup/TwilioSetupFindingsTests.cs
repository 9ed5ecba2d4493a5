using Ispecia.Voip.Core.Webhooks;
using Ispecia.Voip.Web.Setup;
using Twilio.Rest.Api.V2010.Account;

namespace Ispecia.Voip.Tests.Setup;

public sealed class TwilioSetupFindingsTests
{
    private const string AppSid = "AP00000000000000000000000000000001";
    private static readonly WebhookUrls Expected = new("https://crm.example.com");
    private static readonly PhoneNumberInUse MainLine = new("+14155550100", ["route 'Main line' answers it"]);
    private static readonly PhoneNumberInUse CallerIdOnly = new("+14155550199", ["caller ID of team Sales"]);

    // The library's resources are read from Twilio's JSON, as the REST call would.
    private static ApplicationResource App(string? voice, string? status) =>
        ApplicationResource.FromJson(JsonSerializer.Serialize(new { sid = AppSid, friendly_name = "CRM", voice_url = voice, status_callback = status }));

    private static IncomingPhoneNumberResource Number(string phoneNumber, string? applicationSid, string? voiceUrl) =>
        IncomingPhoneNumberResource.FromJson(JsonSerializer.Serialize(
            new { sid = "PN1", phone_number = phoneNumber, voice_application_sid = applicationSid, voice_url = voiceUrl }));

    [Fact]
    public void Evaluate_AppWithBothUrls_SaysBothAreRight()
    {
        var result = Evaluate(App(Expected.Voice, Expected.Status), [], wholeUrl: true);

        Assert.All(result.App, f => Assert.Equal(Severity.Success, f.Level));
        Assert.Equal("TwiML App 'CRM' (AP00000000000000000000000000000001): Voice URL is right.", result.App[0].Message);
    }

    [Fact]
    public void Evaluate_AppWithOldVoiceUrlAndNoStatusCallback_SaysWhatToPaste()
    {
        var result = Evaluate(App("https://old.example.com/voice", null), [], wholeUrl: true);

        Assert.Equal(Severity.Error, result.App[0].Level);
        Assert.EndsWith("Voice URL is https://old.example.com/voice. Paste https://crm.example.com/voip/webhook/twilio/voice.", result.App[0].Message, StringComparison.Ordinal);
        Assert.EndsWith("Status Callback URL is empty. Paste https://crm.example.com/voip/webhook/twilio/status.", result.App[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NoPublicBaseUrl_ComparesPathsAndSaysSo()
    {
        var result = Evaluate(App("https://proxy.example.net/voip/webhook/twilio/voice", "https://proxy.example.net/voip/webhook/twilio/status"), [], wholeUrl: false);

        Assert.All(result.App, f => Assert.Equal(Severity.Success, f.Level));
        Assert.Contains("set Voip:PublicBaseUrl to check the whole address", result.App[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AppSid, null, "Success", "its calls go to the TwiML App")]
    [InlineData("AP99999999999999999999999999999999", null, "Error", "another TwiML App (AP99999999999999999999999999999999)")]
    [InlineData(null, "https://crm.example.com/voip/webhook/twilio/voice", "Success", "its calls come to the Voice URL")]
    [InlineData(null, "https://demo.twilio.com/welcome/voice/", "Error", "\"A call comes in\" is https://demo.twilio.com/welcome/voice/. Set it to")]
    [InlineData(null, null, "Error", "\"A call comes in\" is not set")]
    public void Evaluate_RoutedNumberInTheAccount_SaysWhereItsCallsGo(string? applicationSid, string? voiceUrl, string level, string message)
    {
        var owned = Number(MainLine.Number, applicationSid, voiceUrl);

        var finding = Evaluate(App(Expected.Voice, Expected.Status), [owned], wholeUrl: true).Numbers[MainLine.Number];

        Assert.Equal(Enum.Parse<Severity>(level), finding.Level);
        Assert.Contains(message, finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NumbersNotInTheAccount_RoutedIsWrongCallerIdIsAWarning()
    {
        var result = Evaluate(App(Expected.Voice, Expected.Status), [], wholeUrl: true);

        Assert.Equal((Severity.Error, "Not a number of this Twilio account: calls to it never reach the app."),
            (result.Numbers[MainLine.Number].Level, result.Numbers[MainLine.Number].Message));
        Assert.Equal(Severity.Warning, result.Numbers[CallerIdOnly.Number].Level);
        Assert.Contains("verified caller ID", result.Numbers[CallerIdOnly.Number].Message, StringComparison.Ordinal);
    }

    private static TwilioCheckResult Evaluate(ApplicationResource app, IReadOnlyList<IncomingPhoneNumberResource> owned, bool wholeUrl) =>
        TwilioSetupFindings.Evaluate(app, owned, AppSid, Expected, wholeUrl, [MainLine, CallerIdOnly]);
}

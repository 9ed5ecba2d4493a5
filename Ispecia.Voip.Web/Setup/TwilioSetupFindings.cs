using Ispecia.Voip.Core.Webhooks;
using Twilio.Rest.Api.V2010.Account;

namespace Ispecia.Voip.Web.Setup;

/// <summary>
/// Compares what the Twilio account says (its TwiML App, its numbers) with what the app needs. Without
/// Voip:PublicBaseUrl the app cannot know the address Twilio uses, so only URL paths are compared then.
/// </summary>
public static class TwilioSetupFindings
{
    public static TwilioCheckResult Evaluate(
        ApplicationResource app, IReadOnlyList<IncomingPhoneNumberResource> owned, string twimlAppSid, WebhookUrls expected, bool compareWholeUrl,
        IReadOnlyList<PhoneNumberInUse> numbers)
    {
        var name = string.IsNullOrWhiteSpace(app.FriendlyName) ? app.Sid : $"'{app.FriendlyName}' ({app.Sid})";
        var appFindings = new List<TwilioFinding>
        {
            UrlFinding($"TwiML App {name}: Voice URL", app.VoiceUrl?.OriginalString, expected.Voice, compareWholeUrl),
            UrlFinding($"TwiML App {name}: Status Callback URL", app.StatusCallback?.OriginalString, expected.Status, compareWholeUrl),
        };
        var byNumber = owned.Where(n => n.PhoneNumber is not null).GroupBy(n => n.PhoneNumber.ToString(), StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var numberFindings = numbers.ToDictionary(n => n.Number, n => NumberFinding(n, byNumber.GetValueOrDefault(n.Number), twimlAppSid, expected, compareWholeUrl));
        return new TwilioCheckResult(appFindings, numberFindings);
    }

    private static TwilioFinding UrlFinding(string what, string? actual, string wanted, bool compareWholeUrl)
    {
        if (string.IsNullOrWhiteSpace(actual))
        {
            return TwilioFinding.Wrong($"{what} is empty. Paste {wanted}.");
        }

        return SameUrl(actual, wanted, compareWholeUrl)
            ? TwilioFinding.Ok($"{what} is right{(compareWholeUrl ? "" : " (path checked; set Voip:PublicBaseUrl to check the whole address)")}.")
            : TwilioFinding.Wrong($"{what} is {actual}. Paste {wanted}.");
    }

    private static TwilioFinding NumberFinding(PhoneNumberInUse number, IncomingPhoneNumberResource? owned, string twimlAppSid, WebhookUrls expected, bool compareWholeUrl)
    {
        if (owned is null)
        {
            return number.TakesCalls
                ? TwilioFinding.Wrong("Not a number of this Twilio account: calls to it never reach the app.")
                : TwilioFinding.Warn("Not a number of this Twilio account: Twilio refuses it as caller ID unless it is a verified caller ID.");
        }

        if (!number.TakesCalls)
        {
            return TwilioFinding.Ok("In this account.");
        }

        if (!string.IsNullOrWhiteSpace(owned.VoiceApplicationSid))
        {
            return string.Equals(owned.VoiceApplicationSid, twimlAppSid, StringComparison.Ordinal)
                ? TwilioFinding.Ok("In this account; its calls go to the TwiML App.")
                : TwilioFinding.Wrong($"Its calls go to another TwiML App ({owned.VoiceApplicationSid}). Choose {twimlAppSid}, or set \"A call comes in\" to the Voice URL.");
        }

        var voiceUrl = owned.VoiceUrl?.OriginalString;
        return !string.IsNullOrWhiteSpace(voiceUrl) && SameUrl(voiceUrl, expected.Voice, compareWholeUrl)
            ? TwilioFinding.Ok("In this account; its calls come to the Voice URL.")
            : TwilioFinding.Wrong($"\"A call comes in\" is {(string.IsNullOrWhiteSpace(voiceUrl) ? "not set" : voiceUrl)}. Set it to {expected.Voice}.");
    }

    private static bool SameUrl(string actual, string wanted, bool compareWholeUrl)
    {
        if (compareWholeUrl)
        {
            return string.Equals(actual.Trim().TrimEnd('/'), wanted.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
        }

        return Uri.TryCreate(actual.Trim(), UriKind.Absolute, out var a) && Uri.TryCreate(wanted, UriKind.Absolute, out var w)
            && string.Equals(a.AbsolutePath.TrimEnd('/'), w.AbsolutePath.TrimEnd('/'), StringComparison.Ordinal);
    }
}

using Twilio.Exceptions;

namespace Ispecia.Voip.Core.Twilio;

/// <summary>What users are told when a Twilio REST call fails, from the library's exceptions.</summary>
public static class TwilioFailure
{
    /// <summary>True for the failures a Twilio call can end in (refused, unreachable, timed out), which callers report rather than crash on.</summary>
    public static bool IsTwilioFailure(Exception exception) =>
        exception is ApiException or ApiConnectionException or HttpRequestException or TaskCanceledException;

    /// <summary>"Twilio error 20003: Authenticate", or why Twilio could not be reached.</summary>
    public static string Describe(Exception exception) => exception switch
    {
        ApiException { Code: > 0 } api => $"Twilio error {api.Code}: {api.Message}",
        ApiException api => api.Message,
        ApiConnectionException or HttpRequestException => "Twilio could not be reached.",
        TaskCanceledException => "Twilio did not answer in time.",
        _ => exception.Message,
    };

    /// <summary>True when Twilio answered 404 (20404: no such resource).</summary>
    public static bool IsNotFound(Exception exception) => exception is ApiException { Status: (int)HttpStatusCode.NotFound };
}

using System.Net.Http.Headers;
using Twilio.Exceptions;
using Ispecia.Voip.Core.Calls;

namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// Streams a recording's media from Twilio with HTTP Range passed through. The library reads every body into a string,
/// which would hold whole recordings in memory and lose seeking, so this one request is made here, on the same named
/// client (and so the same retries, cancellation and, in simulator mode, rebasing) as the library's.
/// </summary>
public sealed class RecordingMediaClient(IHttpClientFactory httpClients, IOptions<TwilioOptions> options)
{
    /// <summary>
    /// Opens the media without buffering it. <paramref name="range"/> (a Range header value such as "bytes=0-") is
    /// passed through so the browser can seek; a 416 answer is returned, not thrown.
    /// </summary>
    /// <exception cref="ApiException">Twilio refused (e.g. 20404 for an unknown recording).</exception>
    public async Task<TwilioRecordingMedia> OpenAsync(string recordingSid, RecordingMediaFormat format, string? range, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(recordingSid) || !recordingSid.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"'{recordingSid}' is not a recording SID.", nameof(recordingSid));
        }

        var settings = options.Value;
        var accountSid = Required(settings.AccountSid, "Twilio:AccountSid");
        var extension = format == RecordingMediaFormat.Mp3 ? "mp3" : "wav";
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"{TwilioOptions.DefaultApiBaseUrl}/2010-04-01/Accounts/{accountSid}/Recordings/{recordingSid}.{extension}");
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{accountSid}:{Required(settings.AuthToken, "Twilio:AuthToken")}")));
        if (!string.IsNullOrWhiteSpace(range))
        {
            request.Headers.TryAddWithoutValidation("Range", range);
        }

        var response = await httpClients.CreateClient(TwilioRegistration.HttpClientName)
            .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        try
        {
            if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.RequestedRangeNotSatisfiable)
            {
                throw await ToExceptionAsync(response, ct);
            }

            return new TwilioRecordingMedia(response, await response.Content.ReadAsStreamAsync(ct));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    // Twilio's error JSON, read with the library's own parser so the exception is the one its resources throw.
    private static async Task<ApiException> ToExceptionAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var body = await response.Content.ReadAsStringAsync(ct);
        try
        {
            if (RestException.FromJson(body) is { Message: not null } error)
            {
                return new ApiException(error.Code, (int)response.StatusCode, error.Message, error.MoreInfo);
            }
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // Not Twilio's error JSON (a proxy's HTML page, say): fall through to the status line.
        }

        return new ApiException(0, (int)response.StatusCode, $"Twilio answered {(int)response.StatusCode} {response.ReasonPhrase}.", null);
    }

    private static string Required(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"{key} is not set; recordings cannot be fetched from Twilio.") : value;
}

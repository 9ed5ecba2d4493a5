using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// The part of Twilio's 2010-04-01 REST API the app uses, at Twilio:ApiBaseUrl (Twilio, or the simulator),
/// with HTTP Basic auth AccountSid:AuthToken. Register it with <see cref="TwilioRegistration.AddTwilioRestClient"/>,
/// which adds retries for GET and DELETE.
/// </summary>
public sealed class TwilioRestClient(HttpClient http, IOptions<TwilioOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>Places a call; Twilio answers 201 with the queued call.</summary>
    public Task<TwilioCall> CreateCallAsync(CreateCallRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<TwilioCall>(HttpMethod.Post, "Calls.json", request.ToForm(), cancellationToken);

    public Task<TwilioCall> FetchCallAsync(string callSid, CancellationToken cancellationToken = default) =>
        SendAsync<TwilioCall>(HttpMethod.Get, $"Calls/{Segment(callSid)}.json", null, cancellationToken);

    public Task<TwilioCall> UpdateCallAsync(string callSid, UpdateCallRequest request, CancellationToken cancellationToken = default) =>
        SendAsync<TwilioCall>(HttpMethod.Post, $"Calls/{Segment(callSid)}.json", request.ToForm(), cancellationToken);

    /// <summary>Ends the call whatever its state (Status=completed); a parent call in &lt;Dial&gt; is in-progress.</summary>
    public Task<TwilioCall> HangUpCallAsync(string callSid, CancellationToken cancellationToken = default) =>
        UpdateCallAsync(callSid, new UpdateCallRequest { Status = UpdateCallRequest.Completed }, cancellationToken);

    /// <summary>The account the credentials belong to; proves the credentials work ("test connection").</summary>
    public Task<TwilioAccount> FetchAccountAsync(CancellationToken cancellationToken = default) =>
        SendAsync<TwilioAccount>(HttpMethod.Get, null, null, cancellationToken);

    /// <summary>The TwiML App the browser's calls and the numbers' calls go through (Setup page check).</summary>
    public Task<TwilioApplication> FetchApplicationAsync(string applicationSid, CancellationToken cancellationToken = default) =>
        SendAsync<TwilioApplication>(HttpMethod.Get, $"Applications/{Segment(applicationSid)}.json", null, cancellationToken);

    /// <summary>The account's phone numbers, up to 1000 (Twilio's largest page), with where their calls go.</summary>
    public async Task<IReadOnlyList<TwilioIncomingNumber>> ListIncomingNumbersAsync(CancellationToken cancellationToken = default) =>
        (await SendAsync<TwilioIncomingNumberPage>(HttpMethod.Get, "IncomingPhoneNumbers.json?PageSize=1000", null, cancellationToken)).IncomingPhoneNumbers;

    /// <summary>
    /// Opens a recording's media without buffering it. <paramref name="range"/> (a Range header value such as
    /// "bytes=0-") is passed through so the browser can seek; a 416 answer is returned, not thrown.
    /// </summary>
    public async Task<TwilioRecordingMedia> GetRecordingMediaAsync(
        string recordingSid, RecordingMediaFormat format, string? range = null, CancellationToken cancellationToken = default)
    {
        var extension = format == RecordingMediaFormat.Mp3 ? "mp3" : "wav";
        using var request = CreateRequest(HttpMethod.Get, $"Recordings/{Segment(recordingSid)}.{extension}");
        if (!string.IsNullOrWhiteSpace(range))
        {
            request.Headers.TryAddWithoutValidation("Range", range);
        }

        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        try
        {
            if (!response.IsSuccessStatusCode && response.StatusCode != HttpStatusCode.RequestedRangeNotSatisfiable)
            {
                throw await ToExceptionAsync(response, cancellationToken);
            }

            return new TwilioRecordingMedia(response, await response.Content.ReadAsStreamAsync(cancellationToken));
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <summary>Deletes a recording at Twilio; Twilio answers 204.</summary>
    public async Task DeleteRecordingAsync(string recordingSid, CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(HttpMethod.Delete, $"Recordings/{Segment(recordingSid)}.json");
        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ToExceptionAsync(response, cancellationToken);
        }
    }

    private async Task<T> SendAsync<T>(
        HttpMethod method, string? resource, IReadOnlyList<KeyValuePair<string, string>>? form, CancellationToken cancellationToken)
    {
        using var request = CreateRequest(method, resource);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw await ToExceptionAsync(response, cancellationToken);
        }

        return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
            ?? throw new TwilioApiException("Twilio answered with an empty body.", response.StatusCode);
    }

    /// <param name="resource">Path under Accounts/{AccountSid}/, or null for the account itself.</param>
    private HttpRequestMessage CreateRequest(HttpMethod method, string? resource)
    {
        var settings = options.Value;
        var accountSid = Required(settings.AccountSid, "Twilio:AccountSid");
        var authToken = Required(settings.AuthToken, "Twilio:AuthToken");
        var baseUrl = Required(settings.ApiBaseUrl, "Twilio:ApiBaseUrl").TrimEnd('/');
        var account = $"{baseUrl}/2010-04-01/Accounts/{Segment(accountSid)}";
        var request = new HttpRequestMessage(method, resource is null ? $"{account}.json" : $"{account}/{resource}");
        request.Headers.Authorization = new AuthenticationHeaderValue(
            "Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{accountSid}:{authToken}")));
        return request;
    }

    private static async Task<TwilioApiException> ToExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            var error = JsonSerializer.Deserialize<TwilioError>(body, Json);
            if (error is { Message: not null })
            {
                return new TwilioApiException(error.Message, response.StatusCode, error.Code, error.MoreInfo);
            }
        }
        catch (JsonException)
        {
            // Not Twilio's error JSON (a proxy's HTML page, say): fall through to the status line.
        }

        return new TwilioApiException($"Twilio answered {(int)response.StatusCode} {response.ReasonPhrase}.", response.StatusCode);
    }

    private static string Segment(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return Uri.EscapeDataString(value);
    }

    private static string Required(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"{key} is not set; the Twilio REST API cannot be called.") : value;

    private sealed record TwilioError(int? Code, string? Message, string? MoreInfo, int? Status);
}

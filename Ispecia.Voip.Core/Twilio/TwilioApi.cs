using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Http;
using Twilio.Rest.Api.V2010;
using Twilio.Rest.Api.V2010.Account;

namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// The Twilio REST calls the app makes, through the official library's resources over the named
/// <see cref="TwilioRegistration.HttpClientName"/> client (retries for reads and deletes only, the simulator's
/// rebasing in simulator mode). Each method takes the caller's CancellationToken, which the library cannot.
/// </summary>
/// <remarks>
/// Failures surface as the library's <see cref="ApiException"/> (Twilio refused: its code, status and message) or
/// <see cref="ApiConnectionException"/> (Twilio could not be reached); <see cref="TwilioFailure"/> words them for users.
/// A cancelled caller gets <see cref="OperationCanceledException"/>.
/// </remarks>
public sealed class TwilioApi(IHttpClientFactory httpClients, IOptions<TwilioOptions> options)
{
    /// <summary>Places a call; Twilio answers with the queued call. Never retried: Twilio would place it twice.</summary>
    public Task<CallResource> CreateCallAsync(CreateCallOptions call, CancellationToken ct) =>
        SendAsync(client => CallResource.CreateAsync(call, client), ct);

    public Task<CallResource> FetchCallAsync(string callSid, CancellationToken ct) =>
        SendAsync(client => CallResource.FetchAsync(Sid(callSid), client: client), ct);

    /// <summary>Ends the call whatever its state; a parent call in &lt;Dial&gt; is in-progress, so "completed" is the one that works.</summary>
    public Task<CallResource> HangUpCallAsync(string callSid, CancellationToken ct) =>
        SendAsync(client => CallResource.UpdateAsync(new UpdateCallOptions(Sid(callSid)) { Status = CallResource.UpdateStatusEnum.Completed }, client), ct);

    /// <summary>The account the credentials belong to; proves the credentials work.</summary>
    public Task<AccountResource> FetchAccountAsync(CancellationToken ct) =>
        SendAsync(client => AccountResource.FetchAsync(client.AccountSid, client), ct);

    /// <summary>The TwiML App the browser's calls go through (Setup page check).</summary>
    public Task<ApplicationResource> FetchApplicationAsync(string applicationSid, CancellationToken ct) =>
        SendAsync(client => ApplicationResource.FetchAsync(Sid(applicationSid), client: client), ct);

    /// <summary>The account's phone numbers, up to 1000 (one page: the library would fetch further pages synchronously).</summary>
    public Task<IReadOnlyList<IncomingPhoneNumberResource>> ListIncomingNumbersAsync(CancellationToken ct) =>
        SendAsync<IReadOnlyList<IncomingPhoneNumberResource>>(async client =>
            [.. await IncomingPhoneNumberResource.ReadAsync(new ReadIncomingPhoneNumberOptions { PageSize = 1000, Limit = 1000 }, client)], ct);

    /// <summary>Deletes a recording at Twilio (204). An unknown recording is an <see cref="ApiException"/> with status 404.</summary>
    public Task DeleteRecordingAsync(string recordingSid, CancellationToken ct) =>
        SendAsync(client => RecordingResource.DeleteAsync(Sid(recordingSid), client: client), ct);

    private async Task<T> SendAsync<T>(Func<ITwilioRestClient, Task<T>> call, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        RequestCancellation.Use(ct);
        try
        {
            return await call(CreateClient());
        }
        catch (ApiConnectionException) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException("The operation that called Twilio was cancelled.", ct);
        }
    }

    private TwilioRestClient CreateClient()
    {
        var settings = options.Value;
        var accountSid = Required(settings.AccountSid, "Twilio:AccountSid");
        var authToken = Required(settings.AuthToken, "Twilio:AuthToken");
        return new TwilioRestClient(accountSid, authToken, httpClient: new SystemNetHttpClient(httpClients.CreateClient(TwilioRegistration.HttpClientName)));
    }

    // The library pastes SIDs into the path unescaped: a SID is letters and digits only, so nothing else may pass.
    private static string Sid(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        return value.All(char.IsAsciiLetterOrDigit) ? value : throw new ArgumentException($"'{value}' is not a Twilio SID.", nameof(value));
    }

    private static string Required(string? value, string key) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidOperationException($"{key} is not set; the Twilio REST API cannot be called.") : value;
}

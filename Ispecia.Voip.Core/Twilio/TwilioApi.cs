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

    /// <summary>The legs a call dialled that are up now (a Dial's child legs), newest first.</summary>
    public Task<IReadOnlyList<CallResource>> ListChildCallsAsync(string parentCallSid, CancellationToken ct) =>
        SendAsync<IReadOnlyList<CallResource>>(async client =>
            [.. await CallResource.ReadAsync(new ReadCallOptions { ParentCallSid = Sid(parentCallSid), Status = CallResource.StatusEnum.InProgress, PageSize = 20, Limit = 20 }, client)], ct);

    /// <summary>Gives a live leg new TwiML. Never retried: the leg would leave its current TwiML twice.</summary>
    public Task<CallResource> RedirectCallAsync(string callSid, string twiml, CancellationToken ct) =>
        SendAsync(client => CallResource.UpdateAsync(new UpdateCallOptions(Sid(callSid)) { Twiml = new global::Twilio.Types.Twiml(twiml) }, client), ct);

    /// <summary>The conference of that name live now, or null.</summary>
    public Task<ConferenceResource?> FindLiveConferenceAsync(string friendlyName, CancellationToken ct) =>
        SendAsync(async client => (await ConferenceResource.ReadAsync(
            new ReadConferenceOptions { FriendlyName = friendlyName, Status = ConferenceResource.StatusEnum.InProgress, PageSize = 5, Limit = 5 }, client)).FirstOrDefault(), ct);

    /// <summary>Ends a conference: every participant leaves.</summary>
    public Task<ConferenceResource> EndConferenceAsync(string conferenceSid, CancellationToken ct) =>
        SendAsync(client => ConferenceResource.UpdateAsync(new UpdateConferenceOptions(Sid(conferenceSid)) { Status = ConferenceResource.UpdateStatusEnum.Completed }, client), ct);

    public Task<IReadOnlyList<global::Twilio.Rest.Api.V2010.Account.Conference.ParticipantResource>> ListParticipantsAsync(string conferenceSid, CancellationToken ct) =>
        SendAsync<IReadOnlyList<global::Twilio.Rest.Api.V2010.Account.Conference.ParticipantResource>>(async client =>
            [.. await global::Twilio.Rest.Api.V2010.Account.Conference.ParticipantResource.ReadAsync(
                new global::Twilio.Rest.Api.V2010.Account.Conference.ReadParticipantOptions(Sid(conferenceSid)) { PageSize = 50, Limit = 50 }, client)], ct);

    /// <summary>Dials a new participant into the conference. Never retried: it would ring twice.</summary>
    public Task<global::Twilio.Rest.Api.V2010.Account.Conference.ParticipantResource> CreateParticipantAsync(
        global::Twilio.Rest.Api.V2010.Account.Conference.CreateParticipantOptions participant, CancellationToken ct) =>
        SendAsync(client => global::Twilio.Rest.Api.V2010.Account.Conference.ParticipantResource.CreateAsync(participant, client), ct);

    public Task<global::Twilio.Rest.Api.V2010.Account.Conference.ParticipantResource> UpdateParticipantAsync(
        global::Twilio.Rest.Api.V2010.Account.Conference.UpdateParticipantOptions participant, CancellationToken ct) =>
        SendAsync(client => global::Twilio.Rest.Api.V2010.Account.Conference.ParticipantResource.UpdateAsync(participant, client), ct);

    /// <summary>Removes a participant: its leg leaves the conference (and, with no TwiML after it, hangs up).</summary>
    public Task RemoveParticipantAsync(string conferenceSid, string callSid, CancellationToken ct) =>
        SendAsync(client => global::Twilio.Rest.Api.V2010.Account.Conference.ParticipantResource.DeleteAsync(Sid(conferenceSid), Sid(callSid), client: client), ct);

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

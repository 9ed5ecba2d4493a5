using System.Globalization;

namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// POST /2010-04-01/Accounts/{AccountSid}/Calls.json. Give exactly one of <see cref="Url"/>, <see cref="Twiml"/>
/// or <see cref="ApplicationSid"/>.
/// </summary>
public sealed record CreateCallRequest(string To, string From)
{
    /// <summary>Where Twilio fetches the TwiML once the call is answered.</summary>
    public string? Url { get; init; }

    /// <summary>Inline TwiML, at most 4000 characters.</summary>
    public string? Twiml { get; init; }

    public string? ApplicationSid { get; init; }

    public string? Method { get; init; }

    public string? StatusCallback { get; init; }

    public string? StatusCallbackMethod { get; init; }

    /// <summary>initiated, ringing, answered, completed; each is sent as its own StatusCallbackEvent field.</summary>
    public IReadOnlyList<string> StatusCallbackEvents { get; init; } = [];

    /// <summary>Seconds to let the call ring (Twilio's default is 60, maximum 600).</summary>
    public int? Timeout { get; init; }

    public bool? Record { get; init; }

    public string? RecordingChannels { get; init; }

    public string? RecordingStatusCallback { get; init; }

    /// <summary>in-progress, completed, absent; each is sent as its own RecordingStatusCallbackEvent field.</summary>
    public IReadOnlyList<string> RecordingStatusCallbackEvents { get; init; } = [];

    /// <summary>The form fields Twilio expects, with repeated names for the event lists.</summary>
    /// <exception cref="ArgumentException">Not exactly one of Url, Twiml and ApplicationSid is set.</exception>
    public IReadOnlyList<KeyValuePair<string, string>> ToForm()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(To);
        ArgumentException.ThrowIfNullOrWhiteSpace(From);
        if (new[] { Url, Twiml, ApplicationSid }.Count(v => !string.IsNullOrEmpty(v)) != 1)
        {
            throw new ArgumentException("A call needs exactly one of Url, Twiml or ApplicationSid.");
        }

        var form = new List<KeyValuePair<string, string>> { new("To", To), new("From", From) };
        AddIfSet(form, "Url", Url);
        AddIfSet(form, "Twiml", Twiml);
        AddIfSet(form, "ApplicationSid", ApplicationSid);
        AddIfSet(form, "Method", Method);
        AddIfSet(form, "StatusCallback", StatusCallback);
        AddIfSet(form, "StatusCallbackMethod", StatusCallbackMethod);
        form.AddRange(StatusCallbackEvents.Select(e => new KeyValuePair<string, string>("StatusCallbackEvent", e)));
        AddIfSet(form, "Timeout", Timeout?.ToString(CultureInfo.InvariantCulture));
        AddIfSet(form, "Record", Record is null ? null : Record.Value ? "true" : "false");
        AddIfSet(form, "RecordingChannels", RecordingChannels);
        AddIfSet(form, "RecordingStatusCallback", RecordingStatusCallback);
        form.AddRange(RecordingStatusCallbackEvents.Select(e => new KeyValuePair<string, string>("RecordingStatusCallbackEvent", e)));
        return form;
    }

    private static void AddIfSet(List<KeyValuePair<string, string>> form, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            form.Add(new(name, value));
        }
    }
}

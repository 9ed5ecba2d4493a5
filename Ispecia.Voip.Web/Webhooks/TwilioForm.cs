using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Webhooks;

namespace Ispecia.Voip.Web.Webhooks;

/// <summary>
/// Reads a Twilio webhook's form fields. Unknown fields are ignored; a required field that is missing or a field
/// of the wrong type is collected as an error, answered with 400 problem details.
/// </summary>
public sealed class TwilioForm(IFormCollection form)
{
    private const int MaxFieldLength = 256;
    private readonly Dictionary<string, string[]> errors = [];

    public IReadOnlyDictionary<string, string[]> Errors => errors;

    public bool IsValid => errors.Count == 0;

    public string? Optional(string name)
    {
        var value = form[name].ToString();
        if (value.Length > MaxFieldLength)
        {
            errors[name] = [$"{name} is longer than {MaxFieldLength} characters."];
            return null;
        }

        return value.Length == 0 ? null : value;
    }

    public string Required(string name)
    {
        var value = Optional(name);
        if (value is null && !errors.ContainsKey(name))
        {
            errors[name] = [$"{name} is required."];
        }

        return value ?? "";
    }

    public string Sid(string name)
    {
        var value = Required(name);
        if (value.Length > Call.SidMaxLength)
        {
            errors[name] = [$"{name} is not a Twilio SID."];
        }

        return value;
    }

    public int? Integer(string name)
    {
        var text = Optional(name);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        errors[name] = [$"{name} must be a whole number, not '{text}'."];
        return null;
    }

    public CallStatus Status(string name)
    {
        var text = Required(name);
        if (TwilioCallStatus.TryParse(text, out var status) || text.Length == 0)
        {
            return status;
        }

        errors[name] = [$"{name} '{text}' is not a Twilio call status."];
        return status;
    }

    public DateTimeOffset? Timestamp(string name) =>
        DateTimeOffset.TryParse(Optional(name), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at) ? at : null;

    /// <summary>Every field, for custom parameters the browser passed to device.connect.</summary>
    public IReadOnlyDictionary<string, string> All() =>
        form.Where(f => f.Value.ToString().Length <= MaxFieldLength).ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal);
}

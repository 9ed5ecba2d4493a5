namespace Ispecia.Voip.Web.Setup;

/// <summary>A number the configuration relies on, and everything that relies on it ("caller ID of team Sales").</summary>
public sealed record PhoneNumberInUse(string Number, IReadOnlyList<string> Uses)
{
    /// <summary>Some route answers calls to it: at Twilio, its "A call comes in" must be the Voice URL.</summary>
    public bool TakesCalls => Uses.Any(u => u.StartsWith(PhoneNumbersInUse.RoutePrefix, StringComparison.Ordinal));
}

namespace Ispecia.Voip.Web.Softphone;

/// <summary>The incoming call as the Device reports it, with the route's custom parameters.</summary>
public sealed record IncomingDeviceCall(string? CallSid, string From, string? CallId, string? CallerName, string? Did, string? RouteName)
{
    public SoftphoneEvent.IncomingRang ToEvent(PhoneNumberService phones) => new(
        CallSid,
        From,
        phones.FormatForDisplay(From),
        int.TryParse(CallId, out var id) ? id : null,
        CallerName,
        LineLabel(Did is null ? null : phones.FormatForDisplay(Did)));

    /// <summary>Which of the company's lines rang: "Spring campaign · (415) 555-0150".</summary>
    private string? LineLabel(string? number) =>
        RouteName is null ? number : number is null ? RouteName : $"{RouteName} · {number}";
}

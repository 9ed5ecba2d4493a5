using System.Net;

namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// Twilio refused a REST request. Carries its error JSON:
/// <c>{"code": 20404, "message": "…", "more_info": "https://www.twilio.com/docs/errors/20404", "status": 404}</c>.
/// </summary>
public sealed class TwilioApiException : Exception
{
    public TwilioApiException(string message, HttpStatusCode statusCode, int? code = null, string? moreInfo = null)
        : base(message)
    {
        StatusCode = statusCode;
        Code = code;
        MoreInfo = moreInfo;
    }

    /// <summary>Twilio's error code (e.g. 20404, 21211); null when the answer was not Twilio's error JSON.</summary>
    public int? Code { get; }

    /// <summary>Link to Twilio's page about <see cref="Code"/>.</summary>
    public string? MoreInfo { get; }

    public HttpStatusCode StatusCode { get; }
}

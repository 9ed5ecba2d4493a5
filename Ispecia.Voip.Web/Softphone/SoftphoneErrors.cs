namespace Ispecia.Voip.Web.Softphone;

/// <summary>Twilio Voice SDK error codes in words an agent can act on.</summary>
public static class SoftphoneErrors
{
    public static string Explain(int code, string message) => code switch
    {
        31208 or 31401 or 31402 => "Microphone blocked. Click the camera/microphone icon in the address bar, allow the microphone for this site, then reload the page.",
        20101 or 20103 or 20104 or 20105 or 31204 or 31205 => $"Your phone line could not sign in (Twilio error {code}). Reload the page; if it keeps happening, ask an admin to check the Twilio API key and secret.",
        31005 or 31009 or 53000 or 53405 => $"Connection to the phone service was lost (Twilio error {code}). Check your network; the softphone reconnects by itself.",
        31000 or 31003 => $"The call failed (Twilio error {code}): {message}",
        0 => message,
        _ => $"The call failed (Twilio error {code}): {message}",
    };
}

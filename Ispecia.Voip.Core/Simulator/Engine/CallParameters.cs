using Ispecia.Voip.Core.Simulator.Protocol;

namespace Ispecia.Voip.Core.Simulator.Engine;

/// <summary>The parameters Twilio sends with every webhook about a call: voice URL, action URLs and status callbacks.</summary>
public sealed class CallParameters(SimulatorCredentials credentials)
{
    public Dictionary<string, string> For(SimCall call, string status)
    {
        var form = new Dictionary<string, string>
        {
            ["AccountSid"] = credentials.AccountSid,
            ["ApiVersion"] = TwimlApp.ApiVersion,
            ["CallSid"] = call.Sid,
            ["CallStatus"] = status,
            ["Direction"] = call.Direction,
            ["From"] = call.From,
            ["To"] = call.To,
            ["Caller"] = call.From,
            ["Called"] = call.To,
        };
        if (call.ParentSid is not null)
        {
            form["ParentCallSid"] = call.ParentSid;
        }

        // A browser's outgoing call runs the TwiML App, and Twilio says which.
        if (call.DeviceIdentity is not null && call.Direction == "inbound")
        {
            form["ApplicationSid"] = credentials.TwimlAppSid;
        }

        return form;
    }

    /// <summary>The call's parameters for a webhook that asks what to do next: ringing until answered, then in progress.</summary>
    public Dictionary<string, string> ForNextStep(SimCall call) =>
        For(call, call.AnsweredAt is null ? TwilioCallStatus.Ringing : TwilioCallStatus.InProgress);
}

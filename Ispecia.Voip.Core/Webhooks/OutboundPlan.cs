using Ispecia.Voip.Core.Accounts;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>What <see cref="OutboundCallPlanner.PlanAsync"/> decided to dial: a number (its noun ready) or another agent.</summary>
public sealed class OutboundPlan(Dial dial, TwiML? numberNoun, VoipAccount? callee, string callerName)
{
    /// <summary>The Dial TwiML; an agent's browser is told the call's id, so render it once the row is saved.</summary>
    public string Twiml(int callId)
    {
        var noun = callee is null
            ? numberNoun!
            : new Client()
                .Identity(callee.Identity)
                .Parameter("callerName", callerName)
                .Parameter("callId", callId.ToString(CultureInfo.InvariantCulture));
        return new VoiceResponse().Append(dial.Append(noun)).ToString();
    }
}

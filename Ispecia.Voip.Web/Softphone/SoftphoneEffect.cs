namespace Ispecia.Voip.Web.Softphone;

/// <summary>What a transition asks the component to do outside the state: open the panel, call the browser or the server.</summary>
public abstract record SoftphoneEffect
{
    public sealed record OpenPanel : SoftphoneEffect;

    /// <summary>Place the outgoing call in the browser; answer with <see cref="SoftphoneEvent.Placed"/> or <see cref="SoftphoneEvent.Failed"/>.</summary>
    public sealed record Connect(string Target, int? ContactId, int? LeadId) : SoftphoneEffect
    {
        /// <summary>The call's parameters as the voice webhook reads them.</summary>
        public Dictionary<string, string> Parameters()
        {
            var parameters = new Dictionary<string, string> { ["To"] = Target };
            if (ContactId is { } contactId)
            {
                parameters["contactId"] = contactId.ToString(CultureInfo.InvariantCulture);
            }

            if (LeadId is { } leadId)
            {
                parameters["leadId"] = leadId.ToString(CultureInfo.InvariantCulture);
            }

            return parameters;
        }
    }

    public sealed record SendDigits(string Digits) : SoftphoneEffect;

    /// <summary>The agent answered a team call: it becomes theirs.</summary>
    public sealed record ClaimCall(int CallId) : SoftphoneEffect;

    /// <summary>Look the ended call up in the history, for its wrap-up; answer with <see cref="SoftphoneEvent.CallIdFound"/>.</summary>
    public sealed record FindCallId(string CallSid) : SoftphoneEffect;

    public sealed record RefreshRecent : SoftphoneEffect;

    /// <summary>Ask the server how the call's conference stands now; answer with <see cref="SoftphoneEvent.ControlChanged"/>.</summary>
    public sealed record RefreshControl : SoftphoneEffect;

    /// <summary>Read the agent's line again and start or stop the device to match.</summary>
    public sealed record ReloadLine : SoftphoneEffect;
}

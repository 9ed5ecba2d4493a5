using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Trunks;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// What an inbound call does (docs/architecture.md sections 6 and 7): the winning route's destination as TwiML, and whom to ring.
/// The admin route tester shows the same TwiML.
/// </summary>
public sealed class InboundCallPlanner(TrunkDialer trunks, IOptions<VoipOptions> voip, IOptions<PresenceOptions> presence, TimeProvider clock)
{
    public const string NotInServiceMessage = "The number you have called is not in service. Goodbye.";
    public const string VoicemailGreeting = "Nobody can take your call right now. Please leave a message after the tone.";

    /// <summary>
    /// The agents a route rings now: the agent's, or the team's members, with active lines, who chose Available and
    /// whose presence says a call would reach them (not on a call, in wrap-up, away or with a frozen or closed page).
    /// </summary>
    /// <param name="byPresence">False for the route tester: it shows whom the route rings, whoever is at their desk now.</param>
    public async Task<List<VoipAccount>> TargetsAsync(VoipDbContext db, InboundRoute route, bool byPresence, CancellationToken ct)
    {
        var accounts = db.VoipAccounts.AsNoTracking().Include(a => a.User)
            .Where(a => a.IsActive && a.User!.IsActive);
        if (byPresence)
        {
            accounts = accounts.WhoMayRing(db, presence.Value, clock.GetUtcNow().UtcDateTime);
        }

        return route.Destination switch
        {
            RouteDestination.Agent => await accounts
                .Where(a => a.UserId == route.DestinationUserId && a.Availability == Availability.Available).ToListAsync(ct),
            RouteDestination.Team => await accounts
                .Where(a => a.Availability == Availability.Available
                    && db.Set<TeamMember>().Any(m => m.TeamId == route.DestinationTeamId && m.UserId == a.UserId))
                .OrderBy(a => a.Id).ToListAsync(ct),
            _ => [],
        };
    }

    /// <summary>TwiML for the route's destination; falls back at once when there is nobody to ring.</summary>
    public async Task<string> PlanAsync(
        VoipDbContext db, InboundRoute route, IReadOnlyList<VoipAccount> targets, InboundCallContext call, WebhookUrls urls, CancellationToken ct) =>
        Plan(route, targets, call, urls, await TrunkDialer.ChooseAsync(db, route.TrunkId, ct));

    /// <summary>What happens when nobody answered in time (or nobody could be rung).</summary>
    public async Task<string> FallbackAsync(VoipDbContext db, InboundRoute route, InboundCallContext call, WebhookUrls urls, CancellationToken ct) =>
        Fallback(route, call, urls, await TrunkDialer.ChooseAsync(db, route.TrunkId, ct));

    /// <summary>The TwiML itself, from what is already loaded (the webhook and the admin route tester share it).</summary>
    /// <param name="trunk">The trunk for an external number; null dials through Twilio.</param>
    public string Plan(InboundRoute route, IReadOnlyList<VoipAccount> targets, InboundCallContext call, WebhookUrls urls, Trunk? trunk)
    {
        switch (route.Destination)
        {
            case RouteDestination.Agent or RouteDestination.Team when targets.Count > 0:
                var parameters = ScreenPop(call, route);
                var dial = RecordedDial(urls, timeout: route.RingTimeoutSeconds, action: urls.DialAction, answerOnBridge: true);
                foreach (var target in targets)
                {
                    var client = new Client().Identity(target.Identity);
                    foreach (var (name, value) in parameters)
                    {
                        client.Parameter(name, value);
                    }

                    dial.Append(client);
                }

                return new VoiceResponse().Append(dial).ToString();
            case RouteDestination.Agent or RouteDestination.Team:
                return Fallback(route, call, urls, trunk);
            case RouteDestination.ExternalNumber when !string.IsNullOrEmpty(route.DestinationNumber):
                return Forward(route, route.DestinationNumber, call, urls, withAction: true, trunk);
            case RouteDestination.Voicemail:
                return Voicemail(urls);
            default:
                return new VoiceResponse().Reject().ToString();
        }
    }

    public string Fallback(InboundRoute route, InboundCallContext call, WebhookUrls urls, Trunk? trunk) =>
        route.Fallback switch
        {
            RouteDestination.ExternalNumber when !string.IsNullOrEmpty(route.FallbackNumber) =>
                Forward(route, route.FallbackNumber, call, urls, withAction: false, trunk),
            RouteDestination.Hangup => new VoiceResponse().Say("Nobody can take your call right now. Goodbye.").Hangup().ToString(),
            _ => Voicemail(urls),
        };

    public static string Voicemail(WebhookUrls urls) =>
        new VoiceResponse()
            .Say(VoicemailGreeting)
            .Record(action: new Uri(urls.VoicemailDone), maxLength: 120, playBeep: true, timeout: 5, recordingStatusCallback: new Uri(urls.Recording))
            .ToString();

    public static string NotInService() => new VoiceResponse().Say(NotInServiceMessage).Hangup().ToString();

    private string Forward(InboundRoute route, string number, InboundCallContext call, WebhookUrls urls, bool withAction, Trunk? trunk)
    {
        var dial = RecordedDial(
            urls,
            timeout: route.RingTimeoutSeconds,
            action: withAction ? urls.DialAction : null,
            callerId: call.Caller.StartsWith('+') ? call.Caller : null);
        return new VoiceResponse().Append(dial.Append(trunks.NounFor(number, trunk))).ToString();
    }

    /// <summary>A &lt;Dial&gt; that records both legs when the recording policy says so, with the recording callback.</summary>
    private Dial RecordedDial(WebhookUrls urls, int timeout, string? action, string? callerId = null, bool? answerOnBridge = null)
    {
        var record = voip.Value.Recording == RecordingPolicy.All;
        return new Dial(
            action: action is null ? null : new Uri(action),
            timeout: timeout,
            callerId: callerId,
            record: record ? Dial.RecordEnum.RecordFromAnswerDual : null,
            recordingStatusCallback: record ? new Uri(urls.Recording) : null,
            answerOnBridge: answerOnBridge);
    }

    /// <summary>The &lt;Parameter&gt;s the browser's incoming-call pop-up reads.</summary>
    private static List<(string Name, string Value)> ScreenPop(InboundCallContext call, InboundRoute route)
    {
        var parameters = new List<(string Name, string Value)>
        {
            new("callId", call.CallId.ToString(CultureInfo.InvariantCulture)),
            new("did", call.Did),
            new("routeName", route.Name),
        };
        if (call.Owner is { } owner)
        {
            parameters.Add(new("callerName", owner.Name));
            if (owner.ContactId is { } contactId)
            {
                parameters.Add(new("contactId", contactId.ToString(CultureInfo.InvariantCulture)));
            }

            if (owner.LeadId is { } leadId)
            {
                parameters.Add(new("leadId", leadId.ToString(CultureInfo.InvariantCulture)));
            }
        }

        return parameters;
    }
}

/// <summary>The inbound call as routing sees it: its row id, the caller (E.164 when known), the DID, and who the caller is.</summary>
public sealed record InboundCallContext(int CallId, string Caller, string Did, NumberOwner? Owner);

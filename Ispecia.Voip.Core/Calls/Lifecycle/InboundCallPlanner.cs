using System.Globalization;
using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Configuration;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Data;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Trunks;
using Ispecia.Voip.Core.Twilio.Twiml;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ispecia.Voip.Core.Calls.Lifecycle;

/// <summary>
/// What an inbound call does (DESIGN.md sections 6 and 7): the winning route's destination as TwiML, and whom to ring.
/// The admin route tester shows the same TwiML.
/// </summary>
public sealed class InboundCallPlanner(TrunkDialer trunks, IOptions<VoipOptions> voip)
{
    public const string NotInServiceMessage = "The number you have called is not in service. Goodbye.";
    public const string VoicemailGreeting = "Nobody can take your call right now. Please leave a message after the tone.";

    /// <summary>The agents a route rings now: the agent's, or the team's available members, with active lines.</summary>
    public static async Task<List<VoipAccount>> TargetsAsync(VoipDbContext db, InboundRoute route, CancellationToken ct)
    {
        var accounts = db.VoipAccounts.AsNoTracking().Include(a => a.User)
            .Where(a => a.IsActive && a.User!.IsActive);
        return route.Destination switch
        {
            RouteDestination.Agent => await accounts
                .Where(a => a.UserId == route.DestinationUserId && a.Availability == Availability.Available).ToListAsync(ct),
            RouteDestination.Team => await accounts
                .Where(a => a.Availability == Availability.Available
                    && db.TeamMembers.Any(m => m.TeamId == route.DestinationTeamId && m.UserId == a.UserId))
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
                return new TwimlResponse()
                    .Dial(
                        targets.Select(t => new TwimlClient(t.Identity) { Parameters = parameters }),
                        action: urls.DialAction,
                        timeout: route.RingTimeoutSeconds,
                        record: RecordAttribute(),
                        recordingStatusCallback: RecordAttribute() is null ? null : urls.Recording,
                        answerOnBridge: true)
                    .ToString();
            case RouteDestination.Agent or RouteDestination.Team:
                return Fallback(route, call, urls, trunk);
            case RouteDestination.ExternalNumber when !string.IsNullOrEmpty(route.DestinationNumber):
                return Forward(route, route.DestinationNumber, call, urls, withAction: true, trunk);
            case RouteDestination.Voicemail:
                return Voicemail(urls);
            default:
                return new TwimlResponse().Reject().ToString();
        }
    }

    public string Fallback(InboundRoute route, InboundCallContext call, WebhookUrls urls, Trunk? trunk) =>
        route.Fallback switch
        {
            RouteDestination.ExternalNumber when !string.IsNullOrEmpty(route.FallbackNumber) =>
                Forward(route, route.FallbackNumber, call, urls, withAction: false, trunk),
            RouteDestination.Hangup => new TwimlResponse().Say("Nobody can take your call right now. Goodbye.").Hangup().ToString(),
            _ => Voicemail(urls),
        };

    public static string Voicemail(WebhookUrls urls) =>
        new TwimlResponse()
            .Say(VoicemailGreeting)
            .Record(action: urls.VoicemailDone, maxLength: 120, playBeep: true, timeout: 5, recordingStatusCallback: urls.Recording)
            .ToString();

    public static string NotInService() => new TwimlResponse().Say(NotInServiceMessage).Hangup().ToString();

    private string Forward(InboundRoute route, string number, InboundCallContext call, WebhookUrls urls, bool withAction, Trunk? trunk) =>
        new TwimlResponse()
            .Dial(
                [trunks.NounFor(number, trunk)],
                callerId: call.Caller.StartsWith('+') ? call.Caller : null,
                action: withAction ? urls.DialAction : null,
                timeout: route.RingTimeoutSeconds,
                record: RecordAttribute(),
                recordingStatusCallback: RecordAttribute() is null ? null : urls.Recording)
            .ToString();

    private string? RecordAttribute() => voip.Value.Recording == RecordingPolicy.All ? "record-from-answer-dual" : null;

    private static List<TwimlParameter> ScreenPop(InboundCallContext call, InboundRoute route)
    {
        var parameters = new List<TwimlParameter>
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

using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Leads;
using Ispecia.Voip.Core.Routing;
using Microsoft.Extensions.Logging;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// POST /voip/webhook/twilio/voice: a browser leg (From=client:...) calling out, or a call coming in on a DID.
/// One short transaction; the answer is TwiML. Screen-pop events go out after the commit.
/// </summary>
public sealed class VoiceWebhookHandler(
    IDbContextFactory<VoipDbContext> dbFactory,
    PhoneNumberService phones,
    RouteTableCache routeTables,
    OutboundCallPlanner outbound,
    InboundCallPlanner inbound,
    QueueTakeHandler queueTakes,
    RingWatch ringWatch,
    ICallNotifier notifier,
    TimeProvider clock,
    ILogger<VoiceWebhookHandler> logger)
{
    public Task<string> HandleAsync(VoiceRequest request, WebhookUrls urls, CancellationToken ct) =>
        CallRows.RetryOnConflictAsync(() => HandleOnceAsync(request, urls, ct), ct);

    private async Task<string> HandleOnceAsync(VoiceRequest request, WebhookUrls urls, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var call = await CallRows.FindOrAddAsync(db, request.CallSid, clock, ct);
        call.Status = TwilioCallStatus.IsTerminal(call.Status) ? call.Status : CallStatus.Ringing;

        return request.From.StartsWith("client:", StringComparison.OrdinalIgnoreCase)
            ? await OutboundAsync(db, call, request, urls, ct)
            : await InboundAsync(db, call, request, urls, ct);
    }

    private async Task<string> OutboundAsync(VoipDbContext db, Call call, VoiceRequest request, WebhookUrls urls, CancellationToken ct)
    {
        call.Direction = CallDirection.Outbound;
        var identity = request.From["client:".Length..];
        var dialled = request.Parameters.GetValueOrDefault("To") ?? request.To;
        call.From = request.From;
        call.To = Truncate(dialled, Call.NumberMaxLength);
        var account = await OutboundCallPlanner.FindAccountAsync(db, identity, ct);
        if (!OutboundCallPlanner.IsUsable(account))
        {
            return await RefuseAsync(db, call, "Your phone line is not active. Ask an admin to set up your VoIP account.", ct);
        }

        call.AgentUserId = account!.UserId;
        call.ContactId = await ExistingIdAsync(db.Contacts.Select(c => c.Id), request.Parameters.GetValueOrDefault("contactId"), ct);
        call.LeadId = await ExistingIdAsync(db.Leads.Select(l => l.Id), request.Parameters.GetValueOrDefault("leadId"), ct);
        if (QueueTakeHandler.QueueOf(dialled) is { } queueId)
        {
            var (take, refusal) = await queueTakes.AnswerAsync(db, call, account, queueId, urls, ct);
            if (refusal is not null)
            {
                return await RefuseAsync(db, call, refusal, ct);
            }

            await db.SaveChangesAsync(ct);
            await notifier.CallUpdatedAsync([account.UserId], CallRows.ToUpdate(call));
            return take!;
        }

        var target = await outbound.ResolveTargetAsync(db, dialled, ct);
        if (target.IsRefused)
        {
            return await RefuseAsync(db, call, target.RefusalReason!, ct);
        }

        var plan = await outbound.PlanAsync(db, call, account, target, urls, ct);
        CallRows.AddEvent(db, call, "dialing", $"Dialling {phones.FormatForDisplay(call.To)}", clock);
        await db.SaveChangesAsync(ct);
        var twiml = plan.Twiml(call.Id);

        if (target.Agent is { } callee)
        {
            var caller = account.User?.DisplayName ?? account.Identity;
            await notifier.IncomingCallAsync(
                [callee.UserId],
                new IncomingCallEvent(call.Id, call.CallSid, call.From, caller, caller, null, null, null, $"ext. {account.Extension}", "Internal call"));
        }

        await notifier.CallUpdatedAsync([account.UserId], CallRows.ToUpdate(call));
        return twiml;
    }

    private async Task<string> InboundAsync(VoipDbContext db, Call call, VoiceRequest request, WebhookUrls urls, CancellationToken ct)
    {
        call.Direction = CallDirection.Inbound;
        var (parsedCaller, parsedDid) = (phones.Parse(request.From), phones.Parse(request.To));
        var caller = parsedCaller is { IsValid: true, E164: { } e164 } ? e164 : request.From;
        var did = parsedDid is { IsValid: true, E164: { } didE164 } ? didE164 : request.To;
        (call.From, call.To) = (Truncate(caller, Call.NumberMaxLength), Truncate(did, Call.NumberMaxLength));

        var routes = await routeTables.GetAsync(db, ct);
        var route = routes.Match(RouteNumbers.Normalise(request.To, parsedDid), RouteNumbers.Normalise(request.From, parsedCaller));
        if (route is null)
        {
            logger.LogWarning("No inbound route matches {Did} (caller {Caller}); answering 'not in service'", PhoneNumberService.Mask(did), PhoneNumberService.Mask(caller));
            CallRows.AddEvent(db, call, "unrouted", "No inbound route matches this number.", clock);
            await db.SaveChangesAsync(ct);
            return InboundCallPlanner.NotInService();
        }

        var owner = caller.StartsWith('+') ? await NumberOwnerLookup.FindAsync(db, caller, ct) : null;
        (call.ContactId, call.LeadId) = (owner?.ContactId, owner?.LeadId);
        call.RouteId = route.Id;
        call.TeamId = route.Destination == RouteDestination.Team ? route.DestinationTeamId : null;
        call.AgentUserId = route.Destination == RouteDestination.Agent ? route.DestinationUserId : null;
        var targets = await inbound.TargetsAsync(db, route, byPresence: true, ct);
        CallRows.AddEvent(db, call, "routed", $"Route \"{route.Name}\": {Describe(route, targets.Count)}", clock);
        foreach (var target in targets)
        {
            CallRows.AddEvent(db, call, CallOffers.Kind, CallOffers.Detail(target.Identity), clock);
        }

        await db.SaveChangesAsync(ct);

        var twiml = await inbound.PlanAsync(db, route, targets, new InboundCallContext(call.Id, caller, did, owner), urls, ct);
        if (targets.Count > 0)
        {
            ringWatch.Watch(call.Id, targets, urls);
            await notifier.IncomingCallAsync(
                [.. targets.Select(t => t.UserId)],
                new IncomingCallEvent(call.Id, call.CallSid, caller, phones.FormatForDisplay(caller), owner?.Name, owner?.Company, owner?.ContactId, owner?.LeadId, did, route.Name));
        }

        return twiml;
    }

    private async Task<string> RefuseAsync(VoipDbContext db, Call call, string reason, CancellationToken ct)
    {
        call.Status = CallStatus.Failed;
        call.DialStatus = CallStatus.Failed;
        call.EndedAt = clock.GetUtcNow().UtcDateTime;
        call.FailureReason = Truncate(reason, Call.FailureReasonMaxLength);
        CallRows.AddEvent(db, call, "refused", reason, clock);
        await db.SaveChangesAsync(ct);
        if (call.AgentUserId is { } agent)
        {
            await notifier.CallUpdatedAsync([agent], CallRows.ToUpdate(call));
        }

        return OutboundCallPlanner.Refusal(reason);
    }

    private static async Task<int?> ExistingIdAsync(IQueryable<int> ids, string? text, CancellationToken ct) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && await ids.AnyAsync(x => x == id, ct) ? id : null;

    private static string Describe(InboundRoute route, int targets) => route.Destination switch
    {
        RouteDestination.Agent or RouteDestination.Team when targets == 0 => $"nobody available, {route.Fallback.ToString().ToLowerInvariant()}",
        RouteDestination.Agent or RouteDestination.Team => $"ringing {targets} agent(s) for {route.RingTimeoutSeconds} s",
        _ => route.Destination.ToString().ToLowerInvariant(),
    };

    private static string Truncate(string text, int max) => TextCut.ToLength(text, max);
}

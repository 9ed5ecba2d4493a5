using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Calls.Outbound;
using Ispecia.Voip.Core.Leads;
using Ispecia.Voip.Core.Twilio;
using Microsoft.Extensions.Logging;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;
using TwilioNumber = Twilio.Types.PhoneNumber;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// POST /api/voip/calls/outbound: Twilio first rings the agent's browser (a REST-created call to client:identity);
/// when the agent answers, the bridge TwiML dials the number. Same checks as a call from the softphone.
/// </summary>
public sealed class OutboundCallStarter(
    IDbContextFactory<VoipDbContext> dbFactory,
    OutboundCallPlanner planner,
    TwilioApi twilioApi,
    IOptions<TwilioOptions> twilio,
    ICallNotifier notifier,
    TimeProvider clock,
    ILogger<OutboundCallStarter> logger)
{
    /// <summary>CallSid of a stored call Twilio has not named yet ("Q" + 32 hex: never a Twilio SID).</summary>
    public const string PlaceholderPrefix = "Q";

    public async Task<OutboundStartResult> StartAsync(string userId, string to, int? contactId, int? leadId, WebhookUrls urls, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var account = await db.VoipAccounts.Include(a => a.User).FirstOrDefaultAsync(a => a.UserId == userId, ct);
        if (!OutboundCallPlanner.IsUsable(account))
        {
            return OutboundStartResult.Forbidden("You have no active phone line. Ask an admin to set up your VoIP account.");
        }

        var target = await planner.ResolveTargetAsync(db, to, ct);
        if (target.IsRefused)
        {
            return OutboundStartResult.Invalid(target.RefusalReason!);
        }

        var call = new Call
        {
            CallSid = PlaceholderPrefix + Guid.NewGuid().ToString("N"),
            Direction = CallDirection.Outbound,
            Status = CallStatus.Queued,
            AgentUserId = userId,
            To = target.Number ?? $"client:{target.Agent!.Identity}",
            From = $"client:{account!.Identity}",
            ContactId = contactId is { } c && await db.Contacts.AnyAsync(x => x.Id == c, ct) ? c : null,
            LeadId = leadId is { } l && await db.Leads.AnyAsync(x => x.Id == l, ct) ? l : null,
            StartedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Calls.Add(call);
        CallRows.AddEvent(db, call, "requested", "Call requested through the API: ringing the agent first", clock);
        await db.SaveChangesAsync(ct);

        var (callerId, _) = await OutboundCallPlanner.CallerIdForAsync(db, account, twilio.Value, ct);
        try
        {
            var created = await twilioApi.CreateCallAsync(
                new CreateCallOptions(new Client(account.Identity), new TwilioNumber(callerId ?? twilio.Value.PhoneNumber ?? ""))
                {
                    Url = new Uri(urls.Bridge(call.Id)),
                    StatusCallback = new Uri($"{urls.Status}?callId={call.Id}"),
                    StatusCallbackEvent = ["initiated", "ringing", "answered", "completed"],
                },
                ct);
            // Twilio's first callback (or the bridge) may already have named the call: only a placeholder is replaced.
            var placeholder = call.CallSid;
            await db.Calls.Where(c => c.Id == call.Id && c.CallSid == placeholder && !db.Set<Call>().Any(o => o.CallSid == created.Sid))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.CallSid, created.Sid), ct);
        }
        catch (Exception ex) when (TwilioFailure.IsTwilioFailure(ex) || ex is OperationCanceledException)
        {
            logger.LogWarning(ex, "Twilio refused to create call {CallId}", call.Id);
            call.Status = CallStatus.Failed;
            call.EndedAt = clock.GetUtcNow().UtcDateTime;
            call.FailureReason = ex is OperationCanceledException and not TaskCanceledException
                ? "The request was cancelled before Twilio placed the call."
                : TwilioFailure.Describe(ex);
            // A bulk update: the stored result is set beside the status it follows from.
            await db.Calls.Where(c => c.Id == call.Id).ExecuteUpdateAsync(
                s => s.SetProperty(c => c.Status, CallStatus.Failed).SetProperty(c => c.Result, call.Result)
                    .SetProperty(c => c.EndedAt, call.EndedAt).SetProperty(c => c.FailureReason, call.FailureReason),
                CancellationToken.None);
            await notifier.CallUpdatedAsync([userId], CallRows.ToUpdate(call));
            return OutboundStartResult.Unavailable(call.Id, call.FailureReason);
        }

        await notifier.CallUpdatedAsync([userId], CallRows.ToUpdate(call));
        return OutboundStartResult.Started(call.Id);
    }

    /// <summary>The TwiML the agent's answered leg runs: dial the number stored on call <paramref name="callId"/>.</summary>
    public Task<string> BridgeAsync(int callId, string callSid, WebhookUrls urls, CancellationToken ct) =>
        CallRows.RetryOnConflictAsync(() => BridgeOnceAsync(callId, callSid, urls, ct), ct);

    private async Task<string> BridgeOnceAsync(int callId, string callSid, WebhookUrls urls, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // The stored call, and the row Twilio's CallSid already has if a callback got there first: one query.
        var rows = await db.Calls.Where(c => c.Id == callId || c.CallSid == callSid).ToListAsync(ct);
        var call = rows.FirstOrDefault(c => c.Id == callId);
        var account = call?.AgentUserId is { } agentId
            ? await db.VoipAccounts.Include(a => a.User).FirstOrDefaultAsync(a => a.UserId == agentId, ct)
            : null;
        if (call is null || !OutboundCallPlanner.IsUsable(account))
        {
            return OutboundCallPlanner.Refusal("The call request is no longer valid.");
        }

        if (call.CallSid.StartsWith(PlaceholderPrefix, StringComparison.Ordinal) && !rows.Any(c => c.CallSid == callSid))
        {
            call.CallSid = callSid;
        }

        var target = await planner.ResolveTargetAsync(db, call.To, ct);
        if (target.IsRefused)
        {
            return OutboundCallPlanner.Refusal(target.RefusalReason!);
        }

        var plan = await planner.PlanAsync(db, call, account!, target, urls, ct);
        CallRows.AddEvent(db, call, "dialing", $"Agent answered; dialling {call.To}", clock);
        await db.SaveChangesAsync(ct);
        return plan.Twiml(call.Id);
    }
}

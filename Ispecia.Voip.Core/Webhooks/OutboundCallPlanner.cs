using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.Outbound;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Trunks;
using Ispecia.Voip.Core.Twilio;
using Twilio.TwiML;
using Twilio.TwiML.Voice;

namespace Ispecia.Voip.Core.Webhooks;

/// <summary>
/// An agent's call out (docs/architecture.md section 6): who may call, where to, with which caller ID, over which trunk.
/// Shared by the voice webhook (browser calls) and the bridge of server-initiated calls.
/// </summary>
public sealed class OutboundCallPlanner(
    PhoneNumberService phones,
    OutboundPolicy policy,
    TrunkDialer trunks,
    IOptions<VoipOptions> voip,
    IOptions<TwilioOptions> twilio)
{
    public const int RingTimeoutSeconds = 30;

    // Every call out runs these: compiled once, they skip building and matching the LINQ expression per call.
    private static readonly PerModelQuery<Func<VoipDbContext, string, CancellationToken, Task<VoipAccount?>>> AccountByIdentity = new(() =>
        EF.CompileAsyncQuery((VoipDbContext db, string identity, CancellationToken ct) =>
            db.Set<VoipAccount>().Include(a => a.User).FirstOrDefault(a => a.Identity == identity)));

    private static readonly PerModelQuery<Func<VoipDbContext, string, CancellationToken, Task<TeamCallerId?>>> FirstTeamCallerId = new(() =>
        EF.CompileAsyncQuery((VoipDbContext db, string userId, CancellationToken ct) => db.Set<TeamMember>().AsNoTracking()
            .Where(m => m.UserId == userId)
            .OrderBy(m => m.Team!.CallerId == null).ThenBy(m => m.TeamId)
            .Select(m => new TeamCallerId(m.TeamId, m.Team!.CallerId))
            .FirstOrDefault()));

    /// <summary>The agent's account by client identity, with its user; null when unknown.</summary>
    public static Task<VoipAccount?> FindAccountAsync(VoipDbContext db, string identity, CancellationToken ct) => AccountByIdentity.For(db)(db, identity, ct);

    public static bool IsUsable(VoipAccount? account) => account is { IsActive: true, User.IsActive: true };

    /// <summary>Decides what the dialled text means: another agent (extension or client:identity) or a phone number.</summary>
    public async Task<OutboundTarget> ResolveTargetAsync(VoipDbContext db, string dialled, CancellationToken ct)
    {
        var text = dialled.Trim();
        if (text.StartsWith("client:", StringComparison.OrdinalIgnoreCase) || phones.IsExtension(text))
        {
            var identity = text.StartsWith("client:", StringComparison.OrdinalIgnoreCase) ? text["client:".Length..] : null;
            var account = await db.VoipAccounts.Include(a => a.User).AsNoTracking()
                .FirstOrDefaultAsync(a => identity != null ? a.Identity == identity : a.Extension == text, ct);
            return IsUsable(account)
                ? OutboundTarget.ForAgent(account!)
                : OutboundTarget.Refused(identity is null ? $"Extension {text} does not exist." : $"{identity} has no active phone line.");
        }

        var parsed = phones.Parse(text);
        if (!parsed.IsValid)
        {
            return OutboundTarget.Refused(parsed.Error ?? "This is not a valid phone number.");
        }

        var refusal = policy.Refusal(parsed.E164!);
        return refusal is null ? OutboundTarget.ForNumber(parsed.E164!) : OutboundTarget.Refused(refusal);
    }

    /// <summary>The agent's own caller ID, else the first team's number, else Twilio:CallerId, else Twilio:PhoneNumber.</summary>
    public static async Task<(string? CallerId, int? TeamId)> CallerIdForAsync(
        VoipDbContext db, VoipAccount account, TwilioOptions twilio, CancellationToken ct)
    {
        var team = await FirstTeamCallerId.For(db)(db, account.UserId, ct);
        var callerId = NonEmpty(account.CallerId) ?? NonEmpty(team?.CallerId) ?? NonEmpty(twilio.EffectiveCallerId);
        return (callerId, team?.TeamId);
    }

    /// <summary>
    /// Fills the call row and returns what to dial. The TwiML names the call's id, which a new row has only once saved,
    /// so the caller saves once and then renders <see cref="OutboundPlan.Twiml"/>.
    /// </summary>
    public async Task<OutboundPlan> PlanAsync(VoipDbContext db, Call call, VoipAccount agent, OutboundTarget target, WebhookUrls urls, CancellationToken ct)
    {
        var (callerId, teamId) = await CallerIdForAsync(db, agent, twilio.Value, ct);
        call.Direction = CallDirection.Outbound;
        call.AgentUserId = agent.UserId;
        call.TeamId ??= teamId;
        call.CallerIdUsed = callerId;
        call.From = callerId ?? $"client:{agent.Identity}";
        var record = voip.Value.Recording == RecordingPolicy.All;

        TwiML? numberNoun = null;
        if (target.Agent is { } callee)
        {
            call.To = $"client:{callee.Identity}";
        }
        else
        {
            call.To = target.Number!;
            if (call.ContactId is null && call.LeadId is null && await NumberOwnerLookup.FindAsync(db, target.Number!, ct) is { } owner)
            {
                (call.ContactId, call.LeadId) = (owner.ContactId, owner.LeadId);
            }

            var trunk = await TrunkDialer.ChooseAsync(db, preferredTrunkId: null, ct);
            call.TrunkId = trunk?.Id;
            numberNoun = trunks.NounFor(target.Number!, trunk);
        }

        var dial = new Dial(
            callerId: target.Agent is null ? callerId : $"client:{agent.Identity}",
            action: new Uri(urls.DialAction),
            timeout: RingTimeoutSeconds,
            record: record ? Dial.RecordEnum.RecordFromAnswerDual : null,
            recordingStatusCallback: record ? new Uri(urls.Recording) : null,
            answerOnBridge: true);
        return new OutboundPlan(dial, numberNoun, target.Agent, agent.User?.DisplayName ?? agent.Identity);
    }

    /// <summary>The spoken refusal: the agent hears why, then the call ends.</summary>
    public static string Refusal(string reason) =>
        new VoiceResponse().Say($"This call cannot be placed. {reason}").Hangup().ToString();

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private sealed record TeamCallerId(int TeamId, string? CallerId);
}

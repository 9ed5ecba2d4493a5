using Ispecia.Voip.Core.CallControl;
using Ispecia.Voip.Web.Softphone;
using Ispecia.Voip.Web.Webhooks;

namespace Ispecia.Voip.Web.CallControl;

/// <summary>The softphone's call controls over Core's services, with the callback URLs from the configured public origin.</summary>
public sealed class SoftphoneCallControls(
    CallControlService control, CallControlState state, TransferDirectory directory, CallbackOrigin origin, ColleaguePresence presence) : ICallControls
{
    public Task<CallControlSnapshot?> SnapshotAsync(CallControlActor actor, CallReference call) => state.SnapshotAsync(actor, call);

    public Task<CallControlResult> HoldAsync(CallControlActor actor, CallReference call, bool hold) => control.HoldAsync(actor, call, hold, origin.Urls);

    public Task<CallControlResult> BlindTransferAsync(CallControlActor actor, CallReference call, TransferTarget target) =>
        control.BlindTransferAsync(actor, call, target, origin.Urls);

    public Task<CallControlResult> ConsultAsync(CallControlActor actor, CallReference call, TransferTarget target) =>
        control.ConsultAsync(actor, call, target, origin.Urls);

    public Task<CallControlResult> CompleteTransferAsync(CallControlActor actor, CallReference call) => control.CompleteTransferAsync(actor, call, origin.Urls);

    public Task<CallControlResult> CancelTransferAsync(CallControlActor actor, CallReference call) => control.CancelTransferAsync(actor, call, origin.Urls);

    public Task<CallControlResult> AddParticipantAsync(CallControlActor actor, CallReference call, TransferTarget target) =>
        control.AddParticipantAsync(actor, call, target, origin.Urls);

    public Task<CallControlResult> RemoveParticipantAsync(CallControlActor actor, CallReference call, string participantCallSid) =>
        control.RemoveParticipantAsync(actor, call, participantCallSid, origin.Urls);

    public async Task<IReadOnlyList<TransferChoice>> CandidatesAsync(CallControlActor actor, string? search)
    {
        var found = await directory.SearchAsync(actor.UserId, search);
        var presenceOf = await presence.WordsAsync();
        return
        [
            .. found.Colleagues.Select(c => new TransferChoice(TransferTarget.Agent(c.Identity), c.Name, c.Extension is null ? c.Identity : $"ext. {c.Extension}", presenceOf(c.UserId))),
            .. found.Teams.Select(t => new TransferChoice(TransferTarget.Team(t.Id), t.Name, $"team · {t.Members} member(s)", "team")),
        ];
    }
}

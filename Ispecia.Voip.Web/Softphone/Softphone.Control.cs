using Ispecia.Voip.Core.CallControl;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>Hold, transfer and add from the call view: each asks the server, then shows how the call's conference stands.</summary>
public sealed partial class Softphone
{
    private bool isStaff;

    /// <summary>"On hold 00:42" while the caller waits.</summary>
    internal TimeSpan HeldFor => Call?.HeldSince is { } since ? Clock.GetUtcNow() - since : TimeSpan.Zero;

    internal Task ToggleHoldAsync() => ControlAsync((actor, call) => Controls.HoldAsync(actor, call, Call?.HeldSince is null));

    internal Task BlindTransferAsync(TransferTarget target) => ControlAsync((actor, call) => Controls.BlindTransferAsync(actor, call, target));

    internal Task ConsultAsync(TransferTarget target) => ControlAsync((actor, call) => Controls.ConsultAsync(actor, call, target));

    internal Task CompleteTransferAsync() => ControlAsync(Controls.CompleteTransferAsync);

    internal Task CancelTransferAsync() => ControlAsync(Controls.CancelTransferAsync);

    internal Task AddParticipantAsync(TransferTarget target) => ControlAsync((actor, call) => Controls.AddParticipantAsync(actor, call, target));

    internal Task RemoveParticipantAsync(string participantCallSid) =>
        ControlAsync((actor, call) => Controls.RemoveParticipantAsync(actor, call, participantCallSid));

    internal Task<IReadOnlyList<TransferChoice>> TransferChoicesAsync(string? search) =>
        userId is null ? Task.FromResult<IReadOnlyList<TransferChoice>>([]) : Controls.CandidatesAsync(Actor, search);

    private CallControlActor Actor => new(userId!, isStaff);

    private CallReference? CallReference => Call is { } call ? new CallReference(call.CallId, call.CallSid) : null;

    private async Task ControlAsync(Func<CallControlActor, CallReference, Task<CallControlResult>> action)
    {
        if (userId is null || CallReference is not { } reference)
        {
            return;
        }

        var result = await action(Actor, reference);
        if (!result.Succeeded)
        {
            await DispatchAsync(new SoftphoneEvent.ControlFailed(result.Error!));
        }

        await RefreshControlAsync();
        // The picker's buttons call here from their own component: the whole panel shows the outcome.
        StateHasChanged();
    }

    private async Task RefreshControlAsync()
    {
        if (userId is not null && CallReference is { } reference && await Controls.SnapshotAsync(Actor, reference) is { } snapshot)
        {
            await DispatchAsync(new SoftphoneEvent.ControlChanged(snapshot, Clock.GetUtcNow()));
        }
    }
}

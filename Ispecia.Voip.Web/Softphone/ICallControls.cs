using Ispecia.Voip.Core.CallControl;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>What the softphone's call view asks of the server to hold, transfer and add; every action is checked there.</summary>
public interface ICallControls
{
    Task<CallControlSnapshot?> SnapshotAsync(CallControlActor actor, CallReference call);

    Task<CallControlResult> HoldAsync(CallControlActor actor, CallReference call, bool hold);

    Task<CallControlResult> BlindTransferAsync(CallControlActor actor, CallReference call, TransferTarget target);

    Task<CallControlResult> ConsultAsync(CallControlActor actor, CallReference call, TransferTarget target);

    Task<CallControlResult> CompleteTransferAsync(CallControlActor actor, CallReference call);

    Task<CallControlResult> CancelTransferAsync(CallControlActor actor, CallReference call);

    Task<CallControlResult> AddParticipantAsync(CallControlActor actor, CallReference call, TransferTarget target);

    Task<CallControlResult> RemoveParticipantAsync(CallControlActor actor, CallReference call, string participantCallSid);

    /// <summary>Colleagues (with their presence word) and teams matching <paramref name="search"/>.</summary>
    Task<IReadOnlyList<TransferChoice>> CandidatesAsync(CallControlActor actor, string? search);
}

/// <summary>One entry of the transfer picker: a colleague (with <see cref="Presence"/>) or a team.</summary>
public sealed record TransferChoice(TransferTarget Target, string Name, string Detail, string Presence);

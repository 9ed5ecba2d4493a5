using Ispecia.Voip.Core.CallControl;

namespace Ispecia.Voip.Tests.CallControl;

/// <summary>The softphone's call controls without a server: records what was asked and answers as scripted.</summary>
public sealed class FakeCallControls : ICallControls
{
    public List<string> Asked { get; } = [];

    /// <summary>What the next snapshot says; null: the call is not known.</summary>
    public CallControlSnapshot? Snapshot { get; set; }

    /// <summary>The answer to every action.</summary>
    public CallControlResult Answer { get; set; } = CallControlResult.Done;

    public IReadOnlyList<TransferChoice> Choices { get; set; } = [];

    public Task<CallControlSnapshot?> SnapshotAsync(CallControlActor actor, CallReference call) => Task.FromResult(Snapshot);

    public Task<CallControlResult> HoldAsync(CallControlActor actor, CallReference call, bool hold) => Act(hold ? "hold" : "resume");

    public Task<CallControlResult> BlindTransferAsync(CallControlActor actor, CallReference call, TransferTarget target) => Act($"blind {target.Value}");

    public Task<CallControlResult> ConsultAsync(CallControlActor actor, CallReference call, TransferTarget target) => Act($"consult {target.Value}");

    public Task<CallControlResult> CompleteTransferAsync(CallControlActor actor, CallReference call) => Act("complete");

    public Task<CallControlResult> CancelTransferAsync(CallControlActor actor, CallReference call) => Act("cancel");

    public Task<CallControlResult> AddParticipantAsync(CallControlActor actor, CallReference call, TransferTarget target) => Act($"add {target.Value}");

    public Task<CallControlResult> RemoveParticipantAsync(CallControlActor actor, CallReference call, string participantCallSid) => Act($"remove {participantCallSid}");

    public Task<IReadOnlyList<TransferChoice>> CandidatesAsync(CallControlActor actor, string? search) =>
        Task.FromResult<IReadOnlyList<TransferChoice>>([.. Choices.Where(c => search is null || c.Name.Contains(search, StringComparison.OrdinalIgnoreCase))]);

    private Task<CallControlResult> Act(string what)
    {
        Asked.Add(what);
        return Task.FromResult(Answer);
    }
}

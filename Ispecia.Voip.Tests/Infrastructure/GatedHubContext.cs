using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Web.Calls.Events;
using Microsoft.AspNetCore.SignalR;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// A hub context that records what is sent to which groups, and holds every send until the test opens the gate: a
/// stand-in for a slow hub or backplane.
/// </summary>
internal sealed class GatedHubContext : IHubContext<VoipHub, IVoipClient>, IHubClients<IVoipClient>
{
    private readonly TaskCompletionSource gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<(IReadOnlyList<string> Groups, int CallId)> sent = new();

    public GatedHubContext(bool open = false)
    {
        if (open)
        {
            Open();
        }
    }

    /// <summary>The call id of each update sent, with its groups, in the order they reached the hub.</summary>
    public IReadOnlyList<(IReadOnlyList<string> Groups, int CallId)> Sent => [.. sent];

    public IHubClients<IVoipClient> Clients => this;

    IGroupManager IHubContext<VoipHub, IVoipClient>.Groups => throw new NotSupportedException();

    public void Open() => gate.TrySetResult();

    public IVoipClient Groups(IReadOnlyList<string> groupNames) => new GroupClient(this, groupNames);

    public IVoipClient All => throw new NotSupportedException();

    public IVoipClient AllExcept(IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

    IVoipClient IHubClients<IVoipClient>.Client(string connectionId) => throw new NotSupportedException();

    IVoipClient IHubClients<IVoipClient>.Clients(IReadOnlyList<string> connectionIds) => throw new NotSupportedException();

    public IVoipClient Group(string groupName) => Groups([groupName]);

    public IVoipClient GroupExcept(string groupName, IReadOnlyList<string> excludedConnectionIds) => throw new NotSupportedException();

    public IVoipClient User(string userId) => throw new NotSupportedException();

    public IVoipClient Users(IReadOnlyList<string> userIds) => throw new NotSupportedException();

    private sealed class GroupClient(GatedHubContext hub, IReadOnlyList<string> groups) : IVoipClient
    {
        public Task IncomingCall(IncomingCallEvent incoming) => RecordAsync(incoming.CallId);

        public Task CallUpdated(CallUpdatedEvent update) => RecordAsync(update.CallId);

        public Task MissedCall(MissedCallEvent missed) => RecordAsync(missed.CallId);

        public Task RecordingReady(RecordingReadyEvent recording) => RecordAsync(recording.CallId);

        private async Task RecordAsync(int callId)
        {
            await hub.gate.Task;
            hub.sent.Enqueue((groups, callId));
        }
    }
}

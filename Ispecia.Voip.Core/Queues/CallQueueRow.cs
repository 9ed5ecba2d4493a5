using Ispecia.Voip.Core.Routing;

namespace Ispecia.Voip.Core.Queues;

/// <summary>A queue as the admin grid shows it: who takes its callers, how, what happens at the maximum wait, which routes use it.</summary>
public sealed record CallQueueRow(
    int Id, string Name, IReadOnlyList<string> MemberNames, string? TeamName, QueueStrategy Strategy, int MaxWaitSeconds,
    RouteDestination AtMaxWait, int AnnounceEverySeconds, IReadOnlyList<string> RouteNames);

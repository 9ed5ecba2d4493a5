namespace Ispecia.Voip.Web.Calls.Events;

/// <summary>A call event a webhook raised, waiting to be pushed: to these hub groups, and to this instance's pages.</summary>
/// <param name="Groups">The hub groups that should hear of it (the agents concerned, and supervisors when they watch).</param>
/// <param name="Send">Sends it to a set of hub clients.</param>
/// <param name="PublishLocally">Tells the Blazor pages open in this process.</param>
public sealed record PendingCallEvent(IReadOnlyList<string> Groups, Func<IVoipClient, Task> Send, Action PublishLocally);

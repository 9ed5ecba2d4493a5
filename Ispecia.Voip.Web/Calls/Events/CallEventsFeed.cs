namespace Ispecia.Voip.Web.Calls.Events;

/// <summary>
/// In-process notifier for open Blazor pages that only need to re-render when calls change. Subscribers get
/// every event object and pick what they need.
/// </summary>
public sealed class CallEventsFeed : InProcessFeed<object>;

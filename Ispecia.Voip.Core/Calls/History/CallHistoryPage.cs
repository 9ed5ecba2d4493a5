namespace Ispecia.Voip.Core.Calls.History;

/// <summary>A page of history, newest first; <paramref name="NextCursor"/> is null on the last page.</summary>
public sealed record CallHistoryPage(IReadOnlyList<CallHistoryItem> Items, string? NextCursor);

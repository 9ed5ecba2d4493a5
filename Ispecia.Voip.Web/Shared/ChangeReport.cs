namespace Ispecia.Voip.Web.Shared;

/// <summary>How a change made from a grid page went: done (with a message for the snackbar, or none), or refused and why.</summary>
public sealed record ChangeReport(string? Done, string? Error)
{
    /// <summary>Done, and the grid shows it; nothing to say.</summary>
    public static readonly ChangeReport Quiet = new(null, null);

    public static ChangeReport Succeeded(string message) => new(message, null);

    public static ChangeReport Refused(string error) => new(null, error);
}

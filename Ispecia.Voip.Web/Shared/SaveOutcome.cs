namespace Ispecia.Voip.Web.Shared;

/// <summary>What an edit dialog's save came to: close with a result for the page, or stay open and say why.</summary>
public sealed class SaveOutcome
{
    private SaveOutcome(DialogResult? close, string? error) => (Close, Error) = (close, error);

    /// <summary>The result the dialog closes with; null when it stays open.</summary>
    public DialogResult? Close { get; }

    /// <summary>Why the save was refused; shown in the dialog, which stays open.</summary>
    public string? Error { get; }

    public static SaveOutcome Saved<T>(T result) => new(DialogResult.Ok(result), null);

    public static SaveOutcome Refused(string error) => new(null, error);
}

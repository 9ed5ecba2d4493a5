using Ispecia.Voip.Core.Audit;
using Ispecia.Voip.Web.Audit;

namespace Ispecia.Voip.Web.Shared;

/// <summary>
/// What the Settings → VoIP grid pages share: the rows (null while loading), the error alert, and after every change
/// a snackbar or the error, then the rows loaded again, so the grid shows what is stored even when the change was
/// refused or someone else changed it meanwhile.
/// </summary>
/// <typeparam name="TRow">What one grid row shows.</typeparam>
public abstract class GridPageBase<TRow> : ComponentBase
{
    [Inject]
    protected IDialogService Dialogs { get; set; } = default!;

    [Inject]
    private ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthState { get; set; } = default!;

    /// <summary>The grid's rows; null until the first load.</summary>
    protected IReadOnlyList<TRow>? Rows { get; private set; }

    /// <summary>Why the last change was refused; the page shows it until it is closed or the next change.</summary>
    protected string? Error { get; set; }

    protected override Task OnInitializedAsync() => LoadAsync();

    /// <summary>The rows as stored.</summary>
    protected abstract Task<IReadOnlyList<TRow>> ListAsync();

    protected virtual async Task LoadAsync() => Rows = await ListAsync();

    /// <summary>After a dialog that adds a row: when it saved, says <paramref name="saved"/> and loads again.</summary>
    protected async Task AfterAddAsync(string? saved)
    {
        if (saved is not null)
        {
            Snackbar.Add(saved, Severity.Success);
            await LoadAsync();
        }
    }

    /// <summary>After a dialog that edits a row: says <paramref name="saved"/> if it saved, and loads again either way (the row may be gone).</summary>
    protected async Task AfterEditAsync(string? saved)
    {
        if (saved is not null)
        {
            Snackbar.Add(saved, Severity.Success);
        }

        await LoadAsync();
    }

    /// <summary>Makes a change as the signed-in user, reports how it went, and loads again.</summary>
    protected async Task ChangeAsync(Func<AuditActor, Task<ChangeReport>> change)
    {
        Error = null;
        var report = await change(await AuthState.GetActorAsync());
        if (report.Error is { } error)
        {
            Error = error;
        }
        else if (report.Done is { } message)
        {
            Snackbar.Add(message, Severity.Success);
        }

        await LoadAsync();
    }

    /// <summary>Asks <paramref name="question"/> first; deletes only when the user answers Delete.</summary>
    protected async Task ConfirmDeleteAsync(string title, string question, Func<AuditActor, Task<ChangeReport>> delete)
    {
        Error = null;
        var confirmed = await Dialogs.ShowMessageBoxAsync(title, question, yesText: "Delete", cancelText: "Cancel");
        if (confirmed == true)
        {
            await ChangeAsync(delete);
        }
    }
}

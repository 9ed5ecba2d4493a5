using FluentValidation;
using Ispecia.Voip.Core.Audit;
using Ispecia.Voip.Web.Audit;

namespace Ispecia.Voip.Web.Shared;

/// <summary>
/// What the Settings → VoIP edit dialogs share: the form validated by the same FluentValidation validator as the
/// service, the saving flag that stops a double submit, what to show when the edited thing is gone, and the service's
/// validation errors shown in the dialog instead of thrown. A dialog loads its model and says how to save it; its
/// markup is its form inside an <see cref="EditDialogFrame"/>.
/// </summary>
/// <typeparam name="TModel">The request the form edits.</typeparam>
public abstract class EditDialogBase<TModel> : ComponentBase
{
    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    protected IValidator<TModel> Validator { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthState { get; set; } = default!;

    /// <summary>The dialog's MudForm; null while it is not shown (loading, or nothing to edit).</summary>
    protected MudForm? Form { get; set; }

    /// <summary>Shown instead of the form when there is nothing to edit.</summary>
    protected string? LoadError { get; private set; }

    /// <summary>Why the last save was refused, shown under the form.</summary>
    protected string? SaveError { get; private set; }

    protected bool Saving { get; private set; }

    /// <summary>What to say when what the dialog edits was deleted meanwhile.</summary>
    protected abstract string GoneMessage { get; }

    /// <summary>Asks the service to save the model; the dialog has validated it.</summary>
    /// <exception cref="ValidationException">The service refused the values; its messages are shown.</exception>
    protected abstract Task<SaveOutcome> SaveModelAsync(AuditActor actor);

    /// <summary>Opens a dialog the way every editor opens; null when the user cancels.</summary>
    protected static async Task<DialogResult?> OpenAsync<TDialog>(IDialogService dialogs, string title, DialogParameters<TDialog> parameters, MaxWidth maxWidth)
        where TDialog : IComponent
    {
        var options = new DialogOptions { MaxWidth = maxWidth, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<TDialog>(title, parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false } ? result : null;
    }

    /// <summary>Shows <see cref="GoneMessage"/> instead of the form.</summary>
    protected void ShowGone() => LoadError = GoneMessage;

    /// <summary>The save found nothing to save: it was deleted meanwhile.</summary>
    protected SaveOutcome Gone() => SaveOutcome.Refused(GoneMessage);

    protected async Task SaveAsync()
    {
        SaveError = null;
        if (Form is not null)
        {
            await Form.ValidateAsync();
            if (!Form.IsValid)
            {
                return;
            }
        }

        Saving = true;
        try
        {
            var outcome = await SaveModelAsync(await AuthState.GetActorAsync());
            if (outcome.Close is { } result)
            {
                Dialog.Close(result);
            }
            else
            {
                SaveError = outcome.Error;
            }
        }
        catch (ValidationException ex)
        {
            SaveError = string.Join(" ", ex.Errors.Select(e => e.ErrorMessage));
        }
        finally
        {
            Saving = false;
        }
    }
}

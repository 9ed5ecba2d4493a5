using FluentValidation;
using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Web.Shared;

/// <summary>
/// The dialog body a contact and a lead share: load the record, the form with email, numbers and notes around the
/// record's own fields, and one save flow (validate, create or update, report what went wrong, close with the id).
/// </summary>
public partial class CrmRecordForm<TRequest>
{
    private MudForm? form;
    private TRequest model = new();
    private string? loadError;
    private string? saveError;
    private bool saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>"contact" or "lead": the titles, the messages and the data-testid prefix.</summary>
    [Parameter, EditorRequired]
    public string Noun { get; set; } = "";

    /// <summary>The record to edit; null for a new one.</summary>
    [Parameter]
    public int? RecordId { get; set; }

    /// <summary>The record as a request, or null when it no longer exists.</summary>
    [Parameter, EditorRequired]
    public Func<int, Task<TRequest?>> Load { get; set; } = default!;

    /// <summary>Creates the record for the signed-in user (the owner id) and returns its id.</summary>
    [Parameter, EditorRequired]
    public Func<TRequest, string?, Task<int>> Create { get; set; } = default!;

    /// <summary>Updates the record; false when it no longer exists.</summary>
    [Parameter, EditorRequired]
    public Func<int, TRequest, Task<bool>> Update { get; set; } = default!;

    /// <summary>The record's own fields, shown above the shared email, numbers and notes.</summary>
    [Parameter, EditorRequired]
    public RenderFragment<TRequest> Fields { get; set; } = default!;

    private string Gone => $"This {Noun} no longer exists; it may have been deleted.";

    protected override async Task OnInitializedAsync()
    {
        if (RecordId is not { } id)
        {
            model.PhoneNumbers.Add(new PhoneNumberInput());
            return;
        }

        var loaded = await Load(id);
        if (loaded is null)
        {
            loadError = Gone;
            return;
        }

        model = loaded;
    }

    private async Task SaveAsync()
    {
        saveError = null;
        model.PhoneNumbers.RemoveAll(p => string.IsNullOrWhiteSpace(p.Number));
        if (form is not null)
        {
            await form.ValidateAsync();
            if (!form.IsValid)
            {
                // The fields show their messages; say so here too, so a refused save is never silent.
                saveError = string.Join(" ", form.Errors.Distinct());
                return;
            }
        }

        saving = true;
        try
        {
            await CreateOrUpdateAsync();
        }
        catch (ValidationException ex)
        {
            saveError = string.Join(" ", ex.Errors.Select(e => e.ErrorMessage));
        }
        finally
        {
            saving = false;
        }
    }

    private async Task CreateOrUpdateAsync()
    {
        if (RecordId is { } id)
        {
            if (!await Update(id, model))
            {
                saveError = Gone;
                return;
            }

            Dialog.Close(DialogResult.Ok(id));
            return;
        }

        var user = (await AuthState.GetAuthenticationStateAsync()).User;
        Dialog.Close(DialogResult.Ok(await Create(model, user.FindFirstValue(ClaimTypes.NameIdentifier))));
    }
}

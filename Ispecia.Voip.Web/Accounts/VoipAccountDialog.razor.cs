using FluentValidation;
using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Phone;
using Ispecia.Voip.Web.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Ispecia.Voip.Web.Accounts;

public partial class VoipAccountDialog
{
    private MudForm? form;
    private VoipAccountRequest? model;
    private IReadOnlyList<string> numbers = [];
    private bool isNew;
    private string? loadError;
    private string? saveError;
    private bool saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private LineAdministration Lines { get; set; } = default!;

    [Inject]
    private PhoneNumberService Phones { get; set; } = default!;

    [Inject]
    private IValidator<VoipAccountRequest> Validator { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthState { get; set; } = default!;

    [Parameter, EditorRequired]
    public UserRow User { get; set; } = default!;

    /// <summary>Opens the editor; returns what to tell the admin once saved, or null when cancelled.</summary>
    public static async Task<string?> ShowAsync(IDialogService dialogs, UserRow user)
    {
        var parameters = new DialogParameters<VoipAccountDialog> { { d => d.User, user } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<VoipAccountDialog>("VoIP account", parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string message } ? message : null;
    }

    protected override async Task OnInitializedAsync()
    {
        isNew = User.Line is null;
        model = await Lines.GetVoipAccountAsync(User.Id);
        if (model is null)
        {
            loadError = "This user no longer exists.";
            return;
        }

        // The stored caller ID stays selectable even if the app no longer owns it, so the form shows what is stored.
        var owned = await Lines.OwnedNumbersAsync();
        numbers = model.CallerId is { } current && !owned.Contains(current) ? [.. owned, current] : owned;
    }

    private string CallerIdText(string? number) => number is null ? "Team or main number" : Phones.FormatForDisplay(number);

    private async Task SaveAsync()
    {
        saveError = null;
        await form!.ValidateAsync();
        if (!form.IsValid)
        {
            return;
        }

        saving = true;
        try
        {
            var result = await Lines.SaveVoipAccountAsync(model!, await AuthState.GetActorAsync());
            if (result.Succeeded)
            {
                Dialog.Close(DialogResult.Ok(result.Message));
            }
            else
            {
                saveError = result.Message;
            }
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
}

using System.Security.Claims;
using FluentValidation;
using Ispecia.Voip.Core.Contacts;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Ispecia.Voip.Web.Contacts;

public partial class ContactDialog
{
    private MudForm? form;
    private ContactRequest model = new();
    private string? loadError;
    private string? saveError;
    private bool saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>The contact to edit; null for a new one.</summary>
    [Parameter]
    public int? ContactId { get; set; }

    /// <summary>Opens the dialog; returns the saved contact's id, or null when cancelled.</summary>
    public static async Task<int?> ShowAsync(IDialogService dialogs, int? contactId)
    {
        var parameters = new DialogParameters<ContactDialog> { { d => d.ContactId, contactId } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<ContactDialog>(contactId is null ? "New contact" : "Edit contact", parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: int id } ? id : null;
    }

    protected override async Task OnInitializedAsync()
    {
        if (ContactId is not { } id)
        {
            model.PhoneNumbers.Add(new PhoneNumberInput());
            return;
        }

        var contact = await Contacts.GetAsync(id);
        if (contact is null)
        {
            loadError = "This contact no longer exists; it may have been deleted.";
            return;
        }

        model = ContactService.ToRequest(contact);
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
                return;
            }
        }

        saving = true;
        try
        {
            if (ContactId is { } id)
            {
                if (!await Contacts.UpdateAsync(id, model))
                {
                    saveError = "This contact no longer exists; it may have been deleted.";
                    return;
                }

                Dialog.Close(DialogResult.Ok(id));
            }
            else
            {
                var user = (await AuthState.GetAuthenticationStateAsync()).User;
                Dialog.Close(DialogResult.Ok(await Contacts.CreateAsync(model, user.FindFirstValue(ClaimTypes.NameIdentifier))));
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

using System.Security.Claims;
using FluentValidation;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Leads;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Ispecia.Voip.Web.Leads;

public partial class LeadDialog
{
    private MudForm? form;
    private LeadRequest model = new();
    private string? loadError;
    private string? saveError;
    private bool saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    /// <summary>The lead to edit; null for a new one.</summary>
    [Parameter]
    public int? LeadId { get; set; }

    /// <summary>Opens the dialog; returns the saved lead's id, or null when cancelled.</summary>
    public static async Task<int?> ShowAsync(IDialogService dialogs, int? leadId)
    {
        var parameters = new DialogParameters<LeadDialog> { { d => d.LeadId, leadId } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<LeadDialog>(leadId is null ? "New lead" : "Edit lead", parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: int id } ? id : null;
    }

    protected override async Task OnInitializedAsync()
    {
        if (LeadId is not { } id)
        {
            model.PhoneNumbers.Add(new PhoneNumberInput());
            return;
        }

        var lead = await Leads.GetAsync(id);
        if (lead is null)
        {
            loadError = "This lead no longer exists; it may have been deleted.";
            return;
        }

        model = LeadService.ToRequest(lead);
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
            if (LeadId is { } id)
            {
                if (!await Leads.UpdateAsync(id, model))
                {
                    saveError = "This lead no longer exists; it may have been deleted.";
                    return;
                }

                Dialog.Close(DialogResult.Ok(id));
            }
            else
            {
                var user = (await AuthState.GetAuthenticationStateAsync()).User;
                Dialog.Close(DialogResult.Ok(await Leads.CreateAsync(model, user.FindFirstValue(ClaimTypes.NameIdentifier))));
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

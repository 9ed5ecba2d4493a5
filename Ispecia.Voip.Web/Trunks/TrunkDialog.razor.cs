using FluentValidation;
using Ispecia.Voip.Core.Trunks;
using Ispecia.Voip.Web.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace Ispecia.Voip.Web.Trunks;

public partial class TrunkDialog
{
    private MudForm? form;
    private TrunkRequest model = new();
    private bool hasPassword;
    private string? loadError;
    private string? saveError;
    private bool saving;

    [CascadingParameter]
    private IMudDialogInstance Dialog { get; set; } = default!;

    [Inject]
    private TrunkService Trunks { get; set; } = default!;

    [Inject]
    private IValidator<TrunkRequest> Validator { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthState { get; set; } = default!;

    /// <summary>The trunk to edit; null for a new one.</summary>
    [Parameter]
    public int? TrunkId { get; set; }

    /// <summary>The priority a new trunk starts with.</summary>
    [Parameter]
    public int DefaultPriority { get; set; } = 1;

    /// <summary>Opens the dialog; returns the saved trunk's id, or null when cancelled.</summary>
    public static async Task<int?> ShowAsync(IDialogService dialogs, int? trunkId, int defaultPriority)
    {
        var parameters = new DialogParameters<TrunkDialog> { { d => d.TrunkId, trunkId }, { d => d.DefaultPriority, defaultPriority } };
        var options = new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true };
        var dialog = await dialogs.ShowAsync<TrunkDialog>(trunkId is null ? "New trunk" : "Edit trunk", parameters, options);
        var result = await dialog.Result;
        return result is { Canceled: false, Data: int id } ? id : null;
    }

    protected override async Task OnInitializedAsync()
    {
        if (TrunkId is not { } id)
        {
            model.Priority = DefaultPriority;
            return;
        }

        var trunk = await Trunks.GetAsync(id);
        if (trunk is null)
        {
            loadError = "This trunk no longer exists; it may have been deleted.";
            return;
        }

        model = TrunkService.ToRequest(trunk);
        hasPassword = trunk.HasPassword;
    }

    /// <summary>A new Twilio trunk starts with Twilio's address; a switch to SIP starts from the SIP defaults.</summary>
    private void ProviderChanged(TrunkProvider provider)
    {
        model.Provider = provider;
        if (TrunkId is not null)
        {
            return;
        }

        (model.Host, model.Port, model.Transport) = provider == TrunkProvider.Twilio
            ? ("api.twilio.com", 443, SipTransport.Tls)
            : (model.Host == "api.twilio.com" ? "" : model.Host, 5060, SipTransport.Udp);
    }

    private async Task SaveAsync()
    {
        saveError = null;
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
            var id = await Trunks.SaveAsync(model, await AuthState.GetActorAsync());
            if (id is null)
            {
                saveError = "This trunk no longer exists; it may have been deleted.";
                return;
            }

            Dialog.Close(DialogResult.Ok(id.Value));
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

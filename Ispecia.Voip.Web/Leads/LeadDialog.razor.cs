using Ispecia.Voip.Core.Leads;

namespace Ispecia.Voip.Web.Leads;

/// <summary>Creates or edits a lead: its title, status, value and person; the rest is the shared CRM record form.</summary>
public partial class LeadDialog
{
    /// <summary>The lead to edit; null for a new one.</summary>
    [Parameter]
    public int? LeadId { get; set; }

    /// <summary>Opens the dialog; returns the saved lead's id, or null when cancelled.</summary>
    public static Task<int?> ShowAsync(IDialogService dialogs, int? leadId) =>
        CrmRecordDialog.ShowAsync(dialogs, new DialogParameters<LeadDialog> { { d => d.LeadId, leadId } }, "lead", leadId is null);

    private async Task<LeadRequest?> LoadAsync(int id) =>
        await Leads.GetAsync(id) is { } lead ? LeadService.ToRequest(lead) : null;

    private Task<int> CreateAsync(LeadRequest request, string? ownerId) => Leads.CreateAsync(request, ownerId);

    private Task<bool> UpdateAsync(int id, LeadRequest request) => Leads.UpdateAsync(id, request);
}

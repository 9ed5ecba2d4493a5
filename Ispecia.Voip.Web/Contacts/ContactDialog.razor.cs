using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Web.Contacts;

/// <summary>Creates or edits a contact: its name, company and job title; the rest is the shared CRM record form.</summary>
public partial class ContactDialog
{
    /// <summary>The contact to edit; null for a new one.</summary>
    [Parameter]
    public int? ContactId { get; set; }

    /// <summary>Opens the dialog; returns the saved contact's id, or null when cancelled.</summary>
    public static Task<int?> ShowAsync(IDialogService dialogs, int? contactId) =>
        CrmRecordDialog.ShowAsync(dialogs, new DialogParameters<ContactDialog> { { d => d.ContactId, contactId } }, "contact", contactId is null);

    private async Task<ContactRequest?> LoadAsync(int id) =>
        await Contacts.GetAsync(id) is { } contact ? ContactService.ToRequest(contact) : null;

    private Task<int> CreateAsync(ContactRequest request, string? ownerId) => Contacts.CreateAsync(request, ownerId);

    private Task<bool> UpdateAsync(int id, ContactRequest request) => Contacts.UpdateAsync(id, request);
}

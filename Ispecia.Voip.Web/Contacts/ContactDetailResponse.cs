using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Web.Contacts;

public sealed record ContactDetailResponse(
    int Id, string FirstName, string LastName, string? Company, string? JobTitle, string? Email, string? Notes,
    string? OwnerName, IReadOnlyList<PhoneView> PhoneNumbers)
{
    public static ContactDetailResponse From(Contact contact, ContactService contacts) => new(
        contact.Id, contact.FirstName, contact.LastName, contact.Company, contact.JobTitle, contact.Email, contact.Notes,
        contact.Owner?.DisplayName, contact.PhoneNumbers.Select(contacts.ToView).ToList());
}

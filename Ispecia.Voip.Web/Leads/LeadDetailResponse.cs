using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Leads;

namespace Ispecia.Voip.Web.Leads;

public sealed record LeadDetailResponse(
    int Id, string Title, LeadStatus Status, decimal? Value, string ContactPerson, string? Company, string? Email,
    int? ContactId, string? Notes, string? OwnerName, IReadOnlyList<PhoneView> PhoneNumbers)
{
    public static LeadDetailResponse From(Lead lead, LeadService leads) => new(
        lead.Id, lead.Title, lead.Status, lead.Value, lead.ContactPerson, lead.Company, lead.Email, lead.ContactId,
        lead.Notes, lead.Owner?.DisplayName, lead.PhoneNumbers.Select(leads.ToView).ToList());
}

using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Core.Leads;

public sealed record LeadRow(
    int Id,
    string Title,
    LeadStatus Status,
    decimal? Value,
    string ContactPerson,
    string? Company,
    int? ContactId,
    string? OwnerName,
    IReadOnlyList<PhoneView> PhoneNumbers);

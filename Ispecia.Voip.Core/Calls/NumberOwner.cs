namespace Ispecia.Voip.Core.Calls;

/// <summary>Who a phone number belongs to in the CRM: a contact, a lead, or both (a lead's contact person).</summary>
public sealed record NumberOwner(int? ContactId, int? LeadId, string Name, string? Company);

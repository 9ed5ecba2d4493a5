namespace Ispecia.Voip.Core.Leads;

public enum LeadStatus
{
    New,
    Contacted,
    Qualified,
    Won,
    Lost,
}

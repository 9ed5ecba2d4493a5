namespace Ispecia.Voip.Web.Features.Home;

public sealed record DashboardSummary(int Contacts, int OpenLeads, int CallsLastDay);

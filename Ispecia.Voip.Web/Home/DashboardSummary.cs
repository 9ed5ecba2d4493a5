namespace Ispecia.Voip.Web.Home;

public sealed record DashboardSummary(int Contacts, int OpenLeads, int CallsLastDay);

using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Leads;

namespace Ispecia.Voip.Web.Home;

public sealed class DashboardService(IDbContextFactory<VoipDbContext> dbFactory, TimeProvider clock)
{
    public async Task<DashboardSummary> GetAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        return new DashboardSummary(
            await db.Contacts.CountAsync(cancellationToken),
            await db.Leads.CountAsync(l => l.Status != LeadStatus.Won && l.Status != LeadStatus.Lost, cancellationToken),
            await db.Calls.CountAsync(c => c.StartedAt >= since, cancellationToken));
    }
}

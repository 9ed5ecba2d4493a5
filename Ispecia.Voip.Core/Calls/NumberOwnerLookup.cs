using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Leads;

namespace Ispecia.Voip.Core.Calls;

/// <summary>Finds the contact or lead that owns an E.164 number (screen-pop for incoming calls, linking calls).</summary>
public sealed class NumberOwnerLookup(IDbContextFactory<VoipDbContext> dbFactory)
{
    public async Task<NumberOwner?> FindAsync(string e164, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await FindAsync(db, e164, cancellationToken);
    }

    // Compiled: every inbound call and every call out to a number asks it, and the query is a large expression.
    // PhoneNumber has no Lead navigation (Contacts must not know Leads), so the lead is joined by its key.
    private static readonly PerModelQuery<Func<VoipDbContext, string, CancellationToken, Task<OwnerRow?>>> OwnerOf = new(() =>
        EF.CompileAsyncQuery((VoipDbContext db, string e164, CancellationToken ct) => (
                from p in db.Set<PhoneNumber>().AsNoTracking()
                join l in db.Set<Lead>().AsNoTracking() on p.LeadId equals (int?)l.Id into leads
                from lead in leads.DefaultIfEmpty()
                where p.E164 == e164
                orderby p.ContactId == null, p.Id
                select new OwnerRow(
                    p.ContactId,
                    p.LeadId,
                    p.Contact != null ? p.Contact.FirstName + " " + p.Contact.LastName : null,
                    p.Contact != null ? p.Contact.Company : null,
                    lead != null ? lead.ContactPerson : null,
                    lead != null ? lead.Company : null,
                    lead != null ? lead.ContactId : null))
            .FirstOrDefault()));

    /// <summary>Contacts win over leads; the oldest record wins among equals, so the answer is stable.</summary>
    public static async Task<NumberOwner?> FindAsync(VoipDbContext db, string e164, CancellationToken cancellationToken)
    {
        var match = await OwnerOf.For(db)(db, e164, cancellationToken);
        if (match is null)
        {
            return null;
        }

        return match.ContactId is not null
            ? new NumberOwner(match.ContactId, null, match.ContactName!, match.ContactCompany)
            : new NumberOwner(match.LeadContactId, match.LeadId, match.LeadPerson!, match.LeadCompany);
    }

    private sealed record OwnerRow(
        int? ContactId, int? LeadId, string? ContactName, string? ContactCompany, string? LeadPerson, string? LeadCompany, int? LeadContactId);
}

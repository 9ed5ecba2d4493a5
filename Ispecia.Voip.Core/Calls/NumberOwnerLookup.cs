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

    /// <summary>Contacts win over leads; the oldest record wins among equals, so the answer is stable.</summary>
    public static async Task<NumberOwner?> FindAsync(VoipDbContext db, string e164, CancellationToken cancellationToken)
    {
        // PhoneNumber has no Lead navigation (Contacts must not know Leads), so the lead is joined by its key.
        var match = await (
                from p in db.PhoneNumbers.AsNoTracking()
                join l in db.Leads.AsNoTracking() on p.LeadId equals (int?)l.Id into leads
                from lead in leads.DefaultIfEmpty()
                where p.E164 == e164
                orderby p.ContactId == null, p.Id
                select new
                {
                    p.ContactId,
                    p.LeadId,
                    ContactName = p.Contact != null ? p.Contact.FirstName + " " + p.Contact.LastName : null,
                    ContactCompany = p.Contact != null ? p.Contact.Company : null,
                    LeadPerson = lead != null ? lead.ContactPerson : null,
                    LeadCompany = lead != null ? lead.Company : null,
                    LeadContactId = lead != null ? lead.ContactId : null,
                })
            .FirstOrDefaultAsync(cancellationToken);
        if (match is null)
        {
            return null;
        }

        return match.ContactId is not null
            ? new NumberOwner(match.ContactId, null, match.ContactName!, match.ContactCompany)
            : new NumberOwner(match.LeadContactId, match.LeadId, match.LeadPerson!, match.LeadCompany);
    }
}

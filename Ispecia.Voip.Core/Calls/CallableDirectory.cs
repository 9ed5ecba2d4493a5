using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Leads;

namespace Ispecia.Voip.Core.Calls;

/// <summary>The softphone's Contacts tab: contacts and leads with the numbers that can be called.</summary>
public sealed class CallableDirectory(IDbContextFactory<VoipDbContext> dbFactory, PhoneNumberService phones)
{
    public async Task<IReadOnlyList<CallableEntry>> SearchAsync(string? search, int limit, CancellationToken ct = default)
    {
        var term = search?.Trim().ToLowerInvariant() ?? "";
        var digits = new string(term.Where(char.IsDigit).ToArray());
        var digitsOrNull = digits.Length >= 3 ? digits : null;
        limit = Math.Clamp(limit, 1, 50);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        // PhoneNumber has no Lead navigation (Contacts must not know Leads), so the lead is joined by its key.
        var numbers =
            from p in db.PhoneNumbers.AsNoTracking()
            join l in db.Leads.AsNoTracking() on p.LeadId equals (int?)l.Id into leads
            from lead in leads.DefaultIfEmpty()
            select new { Number = p, p.Contact, Lead = lead };
        var rows = await numbers
            .Where(x => term.Length == 0
                || (x.Contact != null && ((x.Contact.FirstName + " " + x.Contact.LastName).ToLower().Contains(term) || (x.Contact.Company != null && x.Contact.Company.ToLower().Contains(term))))
                || (x.Lead != null && (x.Lead.ContactPerson.ToLower().Contains(term) || x.Lead.Title.ToLower().Contains(term) || (x.Lead.Company != null && x.Lead.Company.ToLower().Contains(term))))
                || (digitsOrNull != null && x.Number.E164.Contains(digitsOrNull)))
            .OrderBy(x => x.Contact != null ? x.Contact.FirstName + " " + x.Contact.LastName : x.Lead!.ContactPerson).ThenBy(x => x.Number.Id)
            .Take(limit * 3)
            .Select(x => new
            {
                x.Number.Id, x.Number.ContactId, x.Number.LeadId, x.Number.Label, x.Number.Raw, x.Number.E164,
                Name = x.Contact != null ? x.Contact.FirstName + " " + x.Contact.LastName : x.Lead!.ContactPerson,
                Company = x.Contact != null ? x.Contact.Company : x.Lead!.Company,
            })
            .ToListAsync(ct);
        return [.. rows
            .GroupBy(r => (r.ContactId, r.LeadId))
            .Take(limit)
            .Select(g => new CallableEntry(g.Key.ContactId, g.Key.LeadId, g.First().Name, g.First().Company,
                [.. g.Select(r => new PhoneView(r.Id, r.Label, r.Raw, r.E164, phones.FormatForDisplay(r.E164)))]))];
    }
}

/// <summary>A contact or a lead with its callable numbers.</summary>
public sealed record CallableEntry(int? ContactId, int? LeadId, string Name, string? Company, IReadOnlyList<PhoneView> Numbers);

using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Data;
using Ispecia.Voip.Core.Phone;
using Microsoft.EntityFrameworkCore;

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
        var numbers = db.PhoneNumbers.AsNoTracking()
            .Where(p => term.Length == 0
                || (p.Contact != null && ((p.Contact.FirstName + " " + p.Contact.LastName).ToLower().Contains(term) || (p.Contact.Company != null && p.Contact.Company.ToLower().Contains(term))))
                || (p.Lead != null && (p.Lead.ContactPerson.ToLower().Contains(term) || p.Lead.Title.ToLower().Contains(term) || (p.Lead.Company != null && p.Lead.Company.ToLower().Contains(term))))
                || (digitsOrNull != null && p.E164.Contains(digitsOrNull)));
        var rows = await numbers
            .OrderBy(p => p.Contact != null ? p.Contact.FirstName + " " + p.Contact.LastName : p.Lead!.ContactPerson).ThenBy(p => p.Id)
            .Take(limit * 3)
            .Select(p => new
            {
                p.Id, p.ContactId, p.LeadId, p.Label, p.Raw, p.E164,
                Name = p.Contact != null ? p.Contact.FirstName + " " + p.Contact.LastName : p.Lead!.ContactPerson,
                Company = p.Contact != null ? p.Contact.Company : p.Lead!.Company,
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

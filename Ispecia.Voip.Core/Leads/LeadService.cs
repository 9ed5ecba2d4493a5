using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Core.Leads;

/// <summary>Leads use cases: search a page, read one, create, update, delete. One DbContext per call.</summary>
public sealed class LeadService(
    IDbContextFactory<VoipDbContext> dbFactory,
    IValidator<LeadRequest> validator,
    PhoneNumberService phones,
    TimeProvider clock)
{
    public async Task<PagedResult<LeadRow>> SearchAsync(PageQuery query, LeadStatus? status = null, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var leads = db.Leads.AsNoTracking();
        if (status is { } wanted)
        {
            leads = leads.Where(l => l.Status == wanted);
        }

        if (query.Term is { } term)
        {
            var digits = query.Digits;
            leads = leads.Where(l =>
                l.Title.ToLower().Contains(term) ||
                l.ContactPerson.ToLower().Contains(term) ||
                (l.Company != null && l.Company.ToLower().Contains(term)) ||
                (digits != null && l.PhoneNumbers.Any(p => p.E164.Contains(digits))));
        }

        var total = await leads.CountAsync(cancellationToken);
        var page = await Sort(leads, query)
            .Skip(query.Skip).Take(query.Take)
            .Select(l => new
            {
                l.Id, l.Title, l.Status, l.Value, l.ContactPerson, l.Company, l.ContactId,
                OwnerName = l.Owner != null ? l.Owner.DisplayName : null,
                Numbers = l.PhoneNumbers.OrderBy(p => p.Id).ToList(),
            })
            .ToListAsync(cancellationToken);

        var rows = page.Select(l => new LeadRow(
            l.Id, l.Title, l.Status, l.Value, l.ContactPerson, l.Company, l.ContactId, l.OwnerName,
            l.Numbers.Select(ToView).ToList())).ToList();
        return new PagedResult<LeadRow>(rows, total);
    }

    public async Task<Lead?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Leads.AsNoTracking()
            .Include(l => l.PhoneNumbers.OrderBy(p => p.Id))
            .Include(l => l.Owner)
            .Include(l => l.Contact)
            .FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
    }

    public async Task<int> CreateAsync(LeadRequest request, string? ownerId, CancellationToken cancellationToken = default)
    {
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await EnsureContactExistsAsync(db, request.ContactId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var lead = new Lead { OwnerId = ownerId, CreatedAt = now };
        Apply(lead, request, now);
        StoredPhoneNumbers.Add(lead.PhoneNumbers, request.PhoneNumbers, phones);
        db.Leads.Add(lead);
        await db.SaveChangesAsync(cancellationToken);
        return lead.Id;
    }

    /// <returns>false when the lead does not exist.</returns>
    public async Task<bool> UpdateAsync(int id, LeadRequest request, CancellationToken cancellationToken = default)
    {
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var lead = await db.Leads.Include(l => l.PhoneNumbers).FirstOrDefaultAsync(l => l.Id == id, cancellationToken);
        if (lead is null)
        {
            return false;
        }

        await EnsureContactExistsAsync(db, request.ContactId, cancellationToken);
        Apply(lead, request, clock.GetUtcNow().UtcDateTime);
        StoredPhoneNumbers.Replace(db, lead.PhoneNumbers, request.PhoneNumbers, phones);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Leads.Where(l => l.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public static LeadRequest ToRequest(Lead lead) => new()
    {
        Title = lead.Title,
        Status = lead.Status,
        Value = lead.Value,
        ContactPerson = lead.ContactPerson,
        Company = lead.Company,
        Email = lead.Email,
        ContactId = lead.ContactId,
        Notes = lead.Notes,
        PhoneNumbers = StoredPhoneNumbers.ToInputs(lead.PhoneNumbers),
    };

    public PhoneView ToView(PhoneNumber number) => StoredPhoneNumbers.ToView(number, phones);

    private static async Task EnsureContactExistsAsync(VoipDbContext db, int? contactId, CancellationToken cancellationToken)
    {
        if (contactId is { } id && !await db.Contacts.AnyAsync(c => c.Id == id, cancellationToken))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(
                nameof(LeadRequest.ContactId), $"Contact {id} does not exist.")]);
        }
    }

    private static void Apply(Lead lead, LeadRequest request, DateTime now)
    {
        lead.Title = request.Title.Trim();
        lead.Status = request.Status;
        lead.Value = request.Value;
        lead.ContactPerson = request.ContactPerson.Trim();
        lead.Company = OptionalText.Clean(request.Company);
        lead.Email = OptionalText.Clean(request.Email);
        lead.ContactId = request.ContactId;
        lead.Notes = OptionalText.Clean(request.Notes);
        lead.UpdatedAt = now;
    }

    private static IQueryable<Lead> Sort(IQueryable<Lead> leads, PageQuery query) => (query.SortBy, query.Descending) switch
    {
        ("Status", false) => leads.OrderBy(l => l.Status).ThenBy(l => l.Id),
        ("Status", true) => leads.OrderByDescending(l => l.Status).ThenBy(l => l.Id),
        ("Title", true) => leads.OrderByDescending(l => l.Title).ThenBy(l => l.Id),
        ("Title", false) => leads.OrderBy(l => l.Title).ThenBy(l => l.Id),
        _ => leads.OrderByDescending(l => l.UpdatedAt).ThenByDescending(l => l.Id),
    };
}

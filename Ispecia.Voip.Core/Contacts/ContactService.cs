namespace Ispecia.Voip.Core.Contacts;

/// <summary>Contacts use cases: search a page, read one, create, update, delete. One DbContext per call.</summary>
public sealed class ContactService(
    IDbContextFactory<VoipDbContext> dbFactory,
    IValidator<ContactRequest> validator,
    PhoneNumberService phones,
    TimeProvider clock)
{
    public async Task<PagedResult<ContactRow>> SearchAsync(PageQuery query, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contacts = db.Contacts.AsNoTracking();
        if (query.Term is { } term)
        {
            var digits = query.Digits;
            contacts = contacts.Where(c =>
                (c.FirstName + " " + c.LastName).ToLower().Contains(term) ||
                (c.Company != null && c.Company.ToLower().Contains(term)) ||
                (c.Email != null && c.Email.ToLower().Contains(term)) ||
                (digits != null && c.PhoneNumbers.Any(p => p.E164.Contains(digits))));
        }

        var total = await contacts.CountAsync(cancellationToken);
        var page = await Sort(contacts, query)
            .Skip(query.Skip).Take(query.Take)
            .Select(c => new
            {
                c.Id, c.FirstName, c.LastName, c.Company, c.JobTitle, c.Email,
                OwnerName = c.Owner != null ? c.Owner.DisplayName : null,
                Numbers = c.PhoneNumbers.OrderBy(p => p.Id).ToList(),
            })
            .ToListAsync(cancellationToken);

        var rows = page.Select(c => new ContactRow(
            c.Id, c.FirstName, c.LastName, c.Company, c.JobTitle, c.Email, c.OwnerName, c.Numbers.Select(ToView).ToList())).ToList();
        return new PagedResult<ContactRow>(rows, total);
    }

    public async Task<Contact?> GetAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Contacts.AsNoTracking()
            .Include(c => c.PhoneNumbers.OrderBy(p => p.Id))
            .Include(c => c.Owner)
            .FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
    }

    public async Task<int> CreateAsync(ContactRequest request, string? ownerId, CancellationToken cancellationToken = default)
    {
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var contact = new Contact { OwnerId = ownerId, CreatedAt = now };
        Apply(contact, request, now);
        StoredPhoneNumbers.Add(contact.PhoneNumbers, request.PhoneNumbers, phones);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return contact.Id;
    }

    /// <returns>false when the contact does not exist.</returns>
    public async Task<bool> UpdateAsync(int id, ContactRequest request, CancellationToken cancellationToken = default)
    {
        await validator.ValidateAndThrowAsync(request, cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var contact = await db.Contacts.Include(c => c.PhoneNumbers).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (contact is null)
        {
            return false;
        }

        Apply(contact, request, clock.GetUtcNow().UtcDateTime);
        StoredPhoneNumbers.Replace(db, contact.PhoneNumbers, request.PhoneNumbers, phones);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<bool> DeleteAsync(int id, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Contacts.Where(c => c.Id == id).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    public static ContactRequest ToRequest(Contact contact) => new()
    {
        FirstName = contact.FirstName,
        LastName = contact.LastName,
        Company = contact.Company,
        JobTitle = contact.JobTitle,
        Email = contact.Email,
        Notes = contact.Notes,
        PhoneNumbers = StoredPhoneNumbers.ToInputs(contact.PhoneNumbers),
    };

    public PhoneView ToView(PhoneNumber number) => StoredPhoneNumbers.ToView(number, phones);

    private static void Apply(Contact contact, ContactRequest request, DateTime now)
    {
        contact.FirstName = request.FirstName.Trim();
        contact.LastName = request.LastName.Trim();
        contact.Company = OptionalText.Clean(request.Company);
        contact.JobTitle = OptionalText.Clean(request.JobTitle);
        contact.Email = OptionalText.Clean(request.Email);
        contact.Notes = OptionalText.Clean(request.Notes);
        contact.UpdatedAt = now;
    }

    private static IQueryable<Contact> Sort(IQueryable<Contact> contacts, PageQuery query) => (query.SortBy, query.Descending) switch
    {
        ("Company", false) => contacts.OrderBy(c => c.Company).ThenBy(c => c.Id),
        ("Company", true) => contacts.OrderByDescending(c => c.Company).ThenBy(c => c.Id),
        ("FirstName", false) => contacts.OrderBy(c => c.FirstName).ThenBy(c => c.Id),
        ("FirstName", true) => contacts.OrderByDescending(c => c.FirstName).ThenBy(c => c.Id),
        (_, true) => contacts.OrderByDescending(c => c.LastName).ThenByDescending(c => c.FirstName).ThenBy(c => c.Id),
        _ => contacts.OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id),
    };
}

namespace Ispecia.Voip.Core.Contacts;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("Contacts");
        builder.Property(c => c.FirstName).HasMaxLength(Contact.NameMaxLength);
        builder.Property(c => c.LastName).HasMaxLength(Contact.NameMaxLength);
        builder.Property(c => c.Company).HasMaxLength(Contact.CompanyMaxLength);
        builder.Property(c => c.JobTitle).HasMaxLength(Contact.JobTitleMaxLength);
        builder.Property(c => c.Email).HasMaxLength(Contact.EmailMaxLength);
        builder.Property(c => c.Notes).HasMaxLength(Contact.NotesMaxLength);
        builder.Ignore(c => c.FullName);
        builder.HasOne(c => c.Owner).WithMany().HasForeignKey(c => c.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(c => c.PhoneNumbers).WithOne(p => p.Contact).HasForeignKey(p => p.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.LastName, c.FirstName });
        builder.HasIndex(c => c.Company);
    }
}

internal sealed class PhoneNumberConfiguration : IEntityTypeConfiguration<PhoneNumber>
{
    public void Configure(EntityTypeBuilder<PhoneNumber> builder)
    {
        builder.Property(p => p.Raw).HasMaxLength(PhoneNumber.RawMaxLength);
        builder.Property(p => p.E164).HasMaxLength(PhoneNumber.E164MaxLength);
        // Caller lookup on every inbound call.
        builder.HasIndex(p => p.E164);
        builder.ToTable("PhoneNumbers", t => t.HasCheckConstraint(
            "CK_PhoneNumbers_Owner",
            "(\"ContactId\" IS NOT NULL AND \"LeadId\" IS NULL) OR (\"ContactId\" IS NULL AND \"LeadId\" IS NOT NULL)"));
    }
}

using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Core.Leads;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.ToTable("Leads");
        builder.Property(l => l.Title).HasMaxLength(Lead.TitleMaxLength);
        builder.Property(l => l.ContactPerson).HasMaxLength(Lead.ContactPersonMaxLength);
        builder.Property(l => l.Company).HasMaxLength(Contact.CompanyMaxLength);
        builder.Property(l => l.Email).HasMaxLength(Contact.EmailMaxLength);
        builder.Property(l => l.Notes).HasMaxLength(Contact.NotesMaxLength);
        builder.Property(l => l.Value).HasPrecision(14, 2);
        builder.HasOne(l => l.Owner).WithMany().HasForeignKey(l => l.OwnerId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(l => l.Contact).WithMany().HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(l => l.PhoneNumbers).WithOne().HasForeignKey(p => p.LeadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(l => l.Status);
        builder.HasIndex(l => l.Title);
    }
}

using Ispecia.Voip.Core.Accounts;

namespace Ispecia.Voip.Core.Contacts;

public class Contact
{
    public const int NameMaxLength = 80;
    public const int CompanyMaxLength = 120;
    public const int JobTitleMaxLength = 100;
    public const int EmailMaxLength = 254;
    public const int NotesMaxLength = 4000;

    public int Id { get; set; }

    public string FirstName { get; set; } = "";

    public string LastName { get; set; } = "";

    public string? Company { get; set; }

    public string? JobTitle { get; set; }

    public string? Email { get; set; }

    public string? OwnerId { get; set; }

    public AppUser? Owner { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<PhoneNumber> PhoneNumbers { get; set; } = [];

    public string FullName => $"{FirstName} {LastName}".Trim();
}

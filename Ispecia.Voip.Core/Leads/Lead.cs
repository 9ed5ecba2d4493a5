using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Contacts;

namespace Ispecia.Voip.Core.Leads;

/// <summary>A sales opportunity with the person to call about it.</summary>
public class Lead
{
    public const int TitleMaxLength = 150;
    public const int ContactPersonMaxLength = 120;

    public int Id { get; set; }

    public string Title { get; set; } = "";

    public LeadStatus Status { get; set; } = LeadStatus.New;

    public decimal? Value { get; set; }

    /// <summary>Name of the person to talk to (free text; may also be a linked contact).</summary>
    public string ContactPerson { get; set; } = "";

    public string? Company { get; set; }

    public string? Email { get; set; }

    public int? ContactId { get; set; }

    public Contact? Contact { get; set; }

    public string? OwnerId { get; set; }

    public AppUser? Owner { get; set; }

    public string? Notes { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public List<PhoneNumber> PhoneNumbers { get; set; } = [];
}

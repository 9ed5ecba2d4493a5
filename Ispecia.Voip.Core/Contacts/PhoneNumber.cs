namespace Ispecia.Voip.Core.Contacts;

/// <summary>A number of a contact or of a lead (exactly one of the two), kept as typed and in E.164.</summary>
public class PhoneNumber
{
    public const int RawMaxLength = 40;
    public const int E164MaxLength = 16;

    public int Id { get; set; }

    public PhoneLabel Label { get; set; } = PhoneLabel.Work;

    /// <summary>The number as the user typed it, for display.</summary>
    public string Raw { get; set; } = "";

    /// <summary>The normalised form used for matching callers and dialling.</summary>
    public string E164 { get; set; } = "";

    public int? ContactId { get; set; }

    public Contact? Contact { get; set; }

    /// <summary>The owning lead; its navigation lives on Lead only, so Contacts need not know Leads.</summary>
    public int? LeadId { get; set; }
}

namespace Ispecia.Voip.Core.Contacts;

/// <summary>What a contact's and a lead's form have alike: an email, notes and the numbers to call.</summary>
public interface ICrmRecordRequest
{
    string? Email { get; set; }

    string? Notes { get; set; }

    List<PhoneNumberInput> PhoneNumbers { get; set; }
}

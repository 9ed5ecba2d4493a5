namespace Ispecia.Voip.Core.Contacts;

public sealed record ContactRow(
    int Id,
    string FirstName,
    string LastName,
    string? Company,
    string? JobTitle,
    string? Email,
    string? OwnerName,
    IReadOnlyList<PhoneView> PhoneNumbers)
{
    public string FullName => $"{FirstName} {LastName}".Trim();
}

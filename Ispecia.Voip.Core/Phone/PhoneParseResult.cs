namespace Ispecia.Voip.Core.Phone;

/// <summary>
/// The outcome of <see cref="PhoneNumberService.Parse"/>: the number in its three usual forms, or an
/// <see cref="Error"/> written for the person who typed it.
/// </summary>
/// <param name="IsValid">True when the number was accepted; the other fields are then set, except <see cref="Error"/>.</param>
/// <param name="E164">The stored form, e.g. <c>+14155550100</c>.</param>
/// <param name="NationalFormat">As dialled inside its country, e.g. <c>(415) 555-0100</c>.</param>
/// <param name="InternationalFormat">As dialled from abroad, e.g. <c>+1 415-555-0100</c>.</param>
/// <param name="RegionCode">ISO 3166 region of the number, e.g. <c>US</c>; <c>001</c> for non-geographic numbers.</param>
/// <param name="Error">Why the input was refused, as a sentence a user understands.</param>
public sealed record PhoneParseResult(bool IsValid, string? E164, string? NationalFormat, string? InternationalFormat, string? RegionCode, string? Error);

namespace Ispecia.Voip.Core.Contacts;

/// <summary>How a contact and a lead store, read back and show their numbers, which share one table.</summary>
internal static class StoredPhoneNumbers
{
    /// <summary>Adds the entered numbers as typed and in E.164 (the validator has already parsed them).</summary>
    public static void Add(List<PhoneNumber> numbers, IEnumerable<PhoneNumberInput> inputs, PhoneNumberService phones)
    {
        foreach (var input in inputs)
        {
            numbers.Add(new PhoneNumber { Label = input.Label, Raw = input.Number.Trim(), E164 = phones.Parse(input.Number).E164! });
        }
    }

    /// <summary>Deletes the stored numbers and adds the entered ones: an edit sends the whole list.</summary>
    public static void Replace(VoipDbContext db, List<PhoneNumber> numbers, IEnumerable<PhoneNumberInput> inputs, PhoneNumberService phones)
    {
        db.PhoneNumbers.RemoveRange(numbers);
        numbers.Clear();
        Add(numbers, inputs, phones);
    }

    public static List<PhoneNumberInput> ToInputs(IEnumerable<PhoneNumber> numbers) =>
        numbers.Select(p => new PhoneNumberInput { Label = p.Label, Number = p.Raw }).ToList();

    public static PhoneView ToView(PhoneNumber number, PhoneNumberService phones) =>
        new(number.Id, number.Label, number.Raw, number.E164, phones.FormatForDisplay(number.E164));
}

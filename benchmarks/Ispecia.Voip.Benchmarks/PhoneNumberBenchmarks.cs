namespace Ispecia.Voip.Benchmarks;

/// <summary>
/// What reading and showing a phone number costs (libphonenumber under <see cref="PhoneNumberService"/>), beside two
/// trivial operations measured in the same run for scale: copying the string and looking it up in a dictionary.
/// </summary>
[MemoryDiagnoser]
public class PhoneNumberBenchmarks
{
    private readonly PhoneNumberService phones = new("US");
    private readonly Dictionary<string, string> display = new(StringComparer.Ordinal) { ["+14155550100"] = "(415) 555-0100" };
    private string e164 = "";
    private string national = "";

    [GlobalSetup]
    public void Setup() => (e164, national) = ("+14155550100", "(415) 555-0100");

    [Benchmark(Baseline = true)]
    public string CopyString() => new(e164.AsSpan());

    [Benchmark]
    public string DictionaryLookup() => display[e164];

    [Benchmark]
    public PhoneParseResult ParseE164() => phones.Parse(e164);

    [Benchmark]
    public PhoneParseResult ParseNational() => phones.Parse(national);

    [Benchmark]
    public string FormatForDisplay() => phones.FormatForDisplay(e164);

    [Benchmark]
    public string? NormaliseForRouting() => RouteNumbers.Normalise(national, phones);
}

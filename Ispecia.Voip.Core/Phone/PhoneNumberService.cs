using PhoneNumbers;

namespace Ispecia.Voip.Core.Phone;

/// <summary>
/// Turns what people type into E.164 numbers and back into something readable, with error messages
/// a user can act on. Numbers without a country code are read as numbers of the default region.
/// </summary>
/// <remarks>
/// A number is accepted when libphonenumber says it is valid, or when it has the right length for a
/// known country and lies in a range reserved for tests and demos: the North American fictional
/// 555-0100 to 555-0199 lines (<c>+1 415 555 0100</c>), the UK drama ranges 07700 900xxx and
/// 01632 960xxx, and numbers ending 0001 to 0004, which the simulator answers busy, no-answer, failed
/// and so on (<c>+1 415 555 0001</c>). Everything else that
/// libphonenumber calls merely "possible" is refused, so typos such as <c>+1 415 000 0000</c> are caught.
/// </remarks>
public sealed class PhoneNumberService
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private readonly string defaultRegion;
    private readonly int defaultCountryCode;
    private readonly string example;
    private readonly string foreignExample;

    /// <param name="defaultRegion">ISO 3166 region (e.g. <c>US</c>) for numbers typed without a country code.</param>
    public PhoneNumberService(string defaultRegion)
    {
        if (!IsSupportedRegion(defaultRegion))
        {
            throw new ArgumentException($"'{defaultRegion}' is not a known region code; use an ISO code such as US, GB or DE.", nameof(defaultRegion));
        }

        this.defaultRegion = defaultRegion.ToUpperInvariant();
        defaultCountryCode = Util.GetCountryCodeForRegion(this.defaultRegion);
        example = Util.Format(Util.GetExampleNumber(this.defaultRegion), PhoneNumberFormat.NATIONAL);
        foreignExample = this.defaultRegion == "GB" ? "+1 415 555 0100" : "+44 20 7946 0958";
    }

    /// <summary>True when <paramref name="region"/> is an ISO region code libphonenumber knows (case-insensitive).</summary>
    public static bool IsSupportedRegion(string? region) =>
        region is not null && Util.GetSupportedRegions().Contains(region.ToUpperInvariant());

    /// <summary>
    /// Reads a number as typed or pasted: separators, a <c>tel:</c> prefix and a leading <c>00</c>
    /// are tolerated; national numbers are read in the default region.
    /// </summary>
    public PhoneParseResult Parse(string? input) => Read(input, out _);

    /// <summary>
    /// For showing a stored number: national format for numbers that share the default region's
    /// country code (a US user sees <c>(415) 555-0100</c>), international for the rest; anything that
    /// is not an acceptable number comes back unchanged.
    /// </summary>
    public string FormatForDisplay(string e164)
    {
        var result = Read(e164, out var number);
        if (number is null)
        {
            return e164;
        }

        return number.CountryCode == defaultCountryCode ? result.NationalFormat! : result.InternationalFormat!;
    }

    /// <summary>
    /// Formats a partly typed number the way a phone keypad does, e.g. <c>415555</c> becomes
    /// <c>(415) 555</c> in the US. Characters other than digits, a leading <c>+</c>, <c>*</c> and
    /// <c>#</c> are ignored.
    /// </summary>
    public string FormatAsYouType(string partial)
    {
        var formatter = Util.GetAsYouTypeFormatter(defaultRegion);
        var formatted = "";
        var typed = 0;
        foreach (var c in partial ?? "")
        {
            if (char.IsAsciiDigit(c) || c is '*' or '#' || (c == '+' && typed == 0))
            {
                formatted = formatter.InputDigit(c);
                typed++;
            }
        }

        return formatted;
    }

    /// <summary>True for an agent extension: 2 to 6 digits, e.g. <c>102</c>.</summary>
    public bool IsExtension(string input)
    {
        var text = input?.Trim();
        return text is { Length: >= 2 and <= 6 } && !text.AsSpan().ContainsAnyExceptInRange('0', '9');
    }

    /// <summary>The ISO region of a number, e.g. <c>GB</c> for <c>+442079460958</c>; null when it is not a number.</summary>
    public string? CountryOf(string e164) => Parse(e164).RegionCode;

    /// <summary>
    /// What kind of line an E.164 number is by libphonenumber's numbering plans (e.g. <c>PREMIUM_RATE</c> for
    /// +49 900..., <c>SHARED_COST</c>); <c>UNKNOWN</c> when it is not a number.
    /// </summary>
    public static PhoneNumberType TypeOf(string e164)
    {
        try
        {
            return Util.GetNumberType(Util.Parse(e164, "ZZ"));
        }
        catch (NumberParseException)
        {
            return PhoneNumberType.UNKNOWN;
        }
    }

    /// <summary>
    /// Hides a number for logs: the country code and the last two digits stay, the rest becomes a
    /// fixed run of seven stars so the length does not show either (<c>+14155550100</c> gives
    /// <c>+1*******00</c>). Words such as <c>anonymous</c> or <c>client:alice</c> are returned as they are.
    /// </summary>
    public static string Mask(string? e164)
    {
        if (string.IsNullOrWhiteSpace(e164))
        {
            return "";
        }

        var cleaned = PhoneInput.Clean(e164);
        if (!PhoneInput.IsDialString(cleaned))
        {
            return e164;
        }

        const string Hidden = "*******";
        var digits = cleaned.TrimStart('+');
        var lastTwo = digits.Length > 2 ? digits[^2..] : "";
        var countryCode = cleaned.StartsWith('+') ? CountryCodeOf(cleaned) : null;
        return countryCode is null ? Hidden + lastTwo : $"+{countryCode}{Hidden}{lastTwo}";
    }

    private PhoneParseResult Read(string? input, out PhoneNumber? accepted)
    {
        accepted = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return Failure("Enter a phone number.");
        }

        var cleaned = PhoneInput.Clean(input);
        if (cleaned.Length == 0 || cleaned == "+")
        {
            return Failure("Enter a phone number.");
        }

        if (!PhoneInput.IsDialString(cleaned))
        {
            return Failure(DescribeStrayCharacter(cleaned));
        }

        var international = cleaned.StartsWith('+');
        if (!TryParse(cleaned, out var number, out var parseError))
        {
            return Failure(parseError);
        }

        if (IsAccepted(number))
        {
            accepted = number;
            return Success(number);
        }

        if (!international && TryParse("+" + cleaned, out var withPlus, out _) && IsAccepted(withPlus)
            && withPlus.CountryCode != defaultCountryCode)
        {
            var country = CountryNames.ForRegion(RegionOf(withPlus)) ?? "another country";
            return Failure($"Enter the number with its country code, e.g. {Util.Format(withPlus, PhoneNumberFormat.INTERNATIONAL)} for {country}.");
        }

        return Failure(DescribeRefusal(number, international));
    }

    private static bool TryParse(string cleaned, string region, out PhoneNumber number, out string error)
    {
        number = null!;
        error = "";
        try
        {
            number = Util.Parse(cleaned, region);
            return true;
        }
        catch (NumberParseException e)
        {
            error = e.ErrorType switch
            {
                ErrorType.INVALID_COUNTRY_CODE => "The digits after + are not a country code. Check the number, e.g. +44 20 7946 0958.",
                ErrorType.TOO_LONG => "This number is too long: phone numbers have at most 15 digits.",
                _ => "This number is too short.",
            };
            return false;
        }
    }

    private bool TryParse(string cleaned, out PhoneNumber number, out string error) =>
        TryParse(cleaned, defaultRegion, out number, out error);

    private string DescribeStrayCharacter(string cleaned)
    {
        if (cleaned.Any(char.IsLetter))
        {
            return $"A phone number can't contain letters. Use digits, e.g. {example}.";
        }

        // The whole character, not one half of an emoji's surrogate pair: the message is spoken as TwiML.
        var strayIndex = cleaned.Select((c, i) => (c, i)).First(p => !char.IsAsciiDigit(p.c) && !(p.c == '+' && p.i == 0)).i;
        var stray = TextCut.ElementAt(cleaned, strayIndex);
        return $"'{stray}' can't be part of a phone number. Use digits, e.g. {example}.";
    }

    private string DescribeRefusal(PhoneNumber number, bool international)
    {
        var country = CountryNames.ForCountryCode(number.CountryCode);
        var hint = international ? "" : $" For a number in another country, start with + and the country code, e.g. {foreignExample}.";
        return Util.IsPossibleNumberWithReason(number) switch
        {
            PhoneNumberUtil.ValidationResult.TOO_SHORT or PhoneNumberUtil.ValidationResult.IS_POSSIBLE_LOCAL_ONLY =>
                $"This number is too short for {country}.",
            PhoneNumberUtil.ValidationResult.TOO_LONG => $"This number is too long for {country}.{hint}",
            PhoneNumberUtil.ValidationResult.INVALID_LENGTH => $"This number has the wrong number of digits for {country}.{hint}",
            PhoneNumberUtil.ValidationResult.INVALID_COUNTRY_CODE => "The digits after + are not a country code. Check the number, e.g. +44 20 7946 0958.",
            _ => $"This is not a valid number for {country}.{hint}",
        };
    }

    private static bool IsAccepted(PhoneNumber number) =>
        Util.IsValidNumber(number)
        || (Util.IsPossibleNumberWithReason(number) == PhoneNumberUtil.ValidationResult.IS_POSSIBLE
            && Util.GetRegionCodeForCountryCode(number.CountryCode) != "ZZ"
            && IsReservedForTests(Util.GetNationalSignificantNumber(number), number.CountryCode));

    private static bool IsReservedForTests(string nationalNumber, int countryCode)
    {
        var nanpFictional = countryCode == 1 && nationalNumber.Length == 10 && nationalNumber[0] >= '2'
            && nationalNumber.AsSpan(3, 5).SequenceEqual("55501");
        var ukDrama = countryCode == 44 && nationalNumber.Length == 10
            && (nationalNumber.StartsWith("7700900", StringComparison.Ordinal) || nationalNumber.StartsWith("1632960", StringComparison.Ordinal));
        var simulatorMagic = nationalNumber.Length > 4 && nationalNumber[^4..] is "0001" or "0002" or "0003" or "0004";
        return nanpFictional || ukDrama || simulatorMagic;
    }

    private static string? RegionOf(PhoneNumber number)
    {
        var region = Util.GetRegionCodeForNumber(number) ?? Util.GetRegionCodeForCountryCode(number.CountryCode);
        return region == "ZZ" ? null : region;
    }

    private static int? CountryCodeOf(string international) =>
        TryParse(international, "ZZ", out var number, out _) ? number.CountryCode : null;

    private static PhoneParseResult Success(PhoneNumber number) => new(
        true,
        Util.Format(number, PhoneNumberFormat.E164),
        Util.Format(number, PhoneNumberFormat.NATIONAL),
        Util.Format(number, PhoneNumberFormat.INTERNATIONAL),
        RegionOf(number),
        null);

    private static PhoneParseResult Failure(string error) => new(false, null, null, null, null, error);
}

namespace Ispecia.Voip.Tests.Routing;

public sealed class RoutePatternParseTests
{
    [Theory]
    [InlineData("+14155550100", RoutePatternKind.Exact, 3011)]
    [InlineData("+4930123456", RoutePatternKind.Exact, 3010)]
    [InlineData("+1555*", RoutePatternKind.Prefix, 1004)]
    [InlineData("+1*", RoutePatternKind.Prefix, 1001)]
    [InlineData("*", RoutePatternKind.Any, 0)]
    [InlineData("_1NXXNXXXXXX", RoutePatternKind.FreePbx, 2027)]
    [InlineData("_+1NXXNXXXXXX", RoutePatternKind.FreePbx, 2027)]
    [InlineData("_1nxxnxxxxxx", RoutePatternKind.FreePbx, 2027)]
    [InlineData("_1415NXXXXXX", RoutePatternKind.FreePbx, 2077)]
    [InlineData("_X.", RoutePatternKind.FreePbx, 2000)]
    [InlineData("_.", RoutePatternKind.FreePbx, 2000)]
    [InlineData("_Z", RoutePatternKind.FreePbx, 2003)]
    [InlineData("_1[1-5]XX", RoutePatternKind.FreePbx, 2029)]
    [InlineData("_[135]", RoutePatternKind.FreePbx, 2015)]
    [InlineData("_[1-35-7]", RoutePatternKind.FreePbx, 2009)]
    [InlineData("_14155550100", RoutePatternKind.FreePbx, 2199)]
    public void TryParse_ValidPattern_ReturnsKindAndSpecificity(string text, RoutePatternKind kind, int specificity)
    {
        Assert.True(RoutePattern.TryParse(text, out var pattern, out var error), error);
        Assert.Equal(kind, pattern.Kind);
        Assert.Equal(specificity, pattern.Specificity);
        Assert.Equal(text, pattern.Text);
        Assert.Equal("", error);
    }

    [Fact]
    public void TryParse_SurroundingSpaces_AreTrimmed()
    {
        Assert.True(RoutePattern.TryParse("  +1555*  ", out var pattern, out _));
        Assert.Equal("+1555*", pattern.ToString());
    }

    [Theory]
    [InlineData(null, "Enter a pattern: a number like +14155550100, a prefix like +1555*, * for any number, or a FreePBX pattern like _1NXXNXXXXXX.")]
    [InlineData("  ", "Enter a pattern: a number like +14155550100, a prefix like +1555*, * for any number, or a FreePBX pattern like _1NXXNXXXXXX.")]
    [InlineData("_1N[1-5", "Unclosed '[' at position 4.")]
    [InlineData("_1.X", "'.' must be the last character (found at position 3).")]
    [InlineData("_1..", "'.' must be the last character (found at position 3).")]
    [InlineData("_1Q", "Only digits, X, Z, N, [..] and '.' may follow '_' (found 'Q' at position 3).")]
    [InlineData("_1*", "Only digits, X, Z, N, [..] and '.' may follow '_' (found '*' at position 3).")]
    [InlineData("_", "Add digits, X, Z, N, [..] or '.' after '_', like _1NXXNXXXXXX.")]
    [InlineData("_+", "Add digits, X, Z, N, [..] or '.' after '_', like _1NXXNXXXXXX.")]
    [InlineData("_1+2", "'+' may only come right after '_' (found at position 3).")]
    [InlineData("_1]", "']' at position 3 has no matching '['.")]
    [InlineData("_[]", "Empty '[]' at position 2: put digits or a range like [1-5] inside.")]
    [InlineData("_[5-1]", "The range 5-1 at position 3 runs backwards; write 1-5.")]
    [InlineData("_[1-a]", "Only digits and ranges like 1-5 may appear inside [..] (found 'a' at position 5).")]
    [InlineData("_[a]", "Only digits and ranges like 1-5 may appear inside [..] (found 'a' at position 3).")]
    [InlineData("_[1-]", "Only digits and ranges like 1-5 may appear inside [..] (found '-' at position 4).")]
    [InlineData("_XXXXXXXXXXXXXXXX", "This pattern needs more than 15 digits; no phone number is that long.")]
    [InlineData("_XXXXXXXXXXXXXXX.", "This pattern needs more than 15 digits; no phone number is that long.")]
    [InlineData("14155550100", "Start with + and the country code. Use E.164 like +14155550100.")]
    [InlineData("+1 415 555 0100", "Remove spaces and punctuation. Use E.164 like +14155550100.")]
    [InlineData("+1-415-555-0100", "Remove spaces and punctuation. Use E.164 like +14155550100.")]
    [InlineData("+1415555010a", "'a' at position 12 is not a digit. Use E.164 like +14155550100.")]
    [InlineData("+", "Use E.164 like +14155550100.")]
    [InlineData("anonymous", "Use E.164 like +14155550100.")]
    [InlineData("+0441234567", "A country code never starts with 0. Use E.164 like +14155550100.")]
    [InlineData("+1234567890123456", "A phone number has at most 15 digits after the +.")]
    [InlineData("+12", "This is too short for a phone number. Use E.164 like +14155550100.")]
    [InlineData("+1*555", "'*' at position 3 may only stand alone or end a prefix, like +1555*.")]
    [InlineData("**", "'*' at position 1 may only stand alone or end a prefix, like +1555*.")]
    [InlineData("1555*", "Start with + and the country code. A prefix is + and digits followed by *, like +1555*.")]
    [InlineData("+*", "Put at least one digit between + and *, like +1*, or use * alone for any number.")]
    [InlineData("+1 555*", "Remove spaces and punctuation. A prefix is + and digits followed by *, like +1555*.")]
    [InlineData("+0*", "A country code never starts with 0. A prefix is + and digits followed by *, like +1555*.")]
    [InlineData("1NXXNXXXXXX", "Start a FreePBX pattern with '_', like _1NXXNXXXXXX.")]
    [InlineData("+1NXX*", "Start a FreePBX pattern with '_', like _1NXXNXXXXXX.")]
    public void TryParse_InvalidPattern_SaysWhatIsWrongAndWhere(string? text, string message)
    {
        Assert.False(RoutePattern.TryParse(text, out var pattern, out var error));
        Assert.Null(pattern);
        Assert.Equal(message, error);
    }

    [Fact]
    public void Parse_InvalidPattern_ThrowsWithTheSameMessage()
    {
        var error = Assert.Throws<FormatException>(() => RoutePattern.Parse("_1N[1-5"));

        Assert.Equal("Unclosed '[' at position 4.", error.Message);
    }

    [Theory]
    [InlineData("+14155550100", "_1415NXXXXXX")]
    [InlineData("_14155550100", "+1415555*")]
    [InlineData("_1415NXXXXXX", "_1NXXNXXXXXX")]
    [InlineData("_1NXXNXXXXXX", "_1NXXNXXXXX.")]
    [InlineData("_1NXXNXXXXXX", "+14155*")]
    [InlineData("_X.", "+1415555010*")]
    [InlineData("+14155*", "+1415*")]
    [InlineData("+1*", "*")]
    [InlineData("_[1-5]", "_Z")]
    [InlineData("_N", "_Z")]
    public void Specificity_MoreSpecificPattern_ScoresHigher(string specific, string general)
    {
        Assert.True(RoutePattern.Parse(specific).Specificity > RoutePattern.Parse(general).Specificity);
    }
}

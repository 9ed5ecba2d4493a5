namespace Ispecia.Voip.Tests.Accounts;

public sealed class PasswordPolicyTests
{
    [Fact]
    public void Check_StrongPassword_IsNull() => Assert.Null(PasswordPolicy.Check("Ispecia!2026", new PasswordOptions()));

    [Fact]
    public void Check_WeakPassword_ListsEveryMissingPartInOneSentence() =>
        Assert.Equal("The password needs at least 6 characters, an upper-case letter, a digit and a symbol such as ! or #.",
            PasswordPolicy.Check("abc", new PasswordOptions()));

    [Fact]
    public void Check_Empty_AsksForOne() => Assert.Equal("Enter a password.", PasswordPolicy.Check("", new PasswordOptions()));
}

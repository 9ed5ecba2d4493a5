namespace Ispecia.Voip.Tests.Accounts;

public sealed class VoipIdentityTests
{
    [Theory]
    [InlineData("Avery Agent", "avery.agent")]
    [InlineData("Zoë van Dijk", "zoe.van.dijk")]
    [InlineData("  Jean-Luc  O'Brien ", "jean-luc.obrien")]
    [InlineData("José María", "jose.maria")]
    [InlineData("李雷", "user")]
    [InlineData("", "user")]
    public void FromName_Name_GivesTwilioSafeIdentity(string name, string expected)
    {
        var identity = VoipIdentity.FromName(name);

        Assert.Equal(expected, identity);
        Assert.True(VoipIdentity.IsValid(identity));
    }

    [Theory]
    [InlineData("agent 1", false)]
    [InlineData("agent@1", false)]
    [InlineData("client:agent1", false)]
    [InlineData("agent_1.A-b", true)]
    public void IsValid_Identity_OnlyTwilioCharacters(string identity, bool expected) =>
        Assert.Equal(expected, VoipIdentity.IsValid(identity));
}

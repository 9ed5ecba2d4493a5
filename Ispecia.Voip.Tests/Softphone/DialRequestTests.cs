using static Ispecia.Voip.Web.Softphone.SoftphoneEvent;

namespace Ispecia.Voip.Tests.Softphone;

/// <summary>What the agent typed or clicked, as the event the softphone's machine receives.</summary>
public sealed class DialRequestTests
{
    private static readonly PhoneNumberService Phones = new("US");

    [Fact]
    public void ToEvent_NationalNumber_DialsE164AndShowsItFormatted()
    {
        var dial = new DialRequest("(212) 555-0147", ContactId: 3).ToEvent(Phones, sessionStarted: true);

        Assert.Equal(new Dial("+12125550147", "(212) 555-0147", 3, null, true), dial);
    }

    [Fact]
    public void ToEvent_Extension_DialsItAsTyped()
    {
        Assert.Equal(new Dial("107", "Extension 107", null, null, false), new DialRequest(" 107 ").ToEvent(Phones, sessionStarted: false));
    }

    [Fact]
    public void ToEvent_ClientIdentityWithName_DialsTheIdentityUnderTheName()
    {
        var dial = new DialRequest("client:agent7", LeadId: 9, Name: "Agent Seven").ToEvent(Phones, sessionStarted: true);

        Assert.Equal(new Dial("client:agent7", "Agent Seven", null, 9, true), dial);
    }

    [Fact]
    public void ToEvent_NotANumber_SaysWhy()
    {
        var invalid = Assert.IsType<DialInvalid>(new DialRequest("+1 212").ToEvent(Phones, sessionStarted: true));

        Assert.Contains("too short", invalid.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void IncomingDeviceCall_ToEvent_FormatsTheCallerAndTheLineThatRang()
    {
        var rang = new IncomingDeviceCall("CA-in-1", "+12125550100", "42", null, "+14155550101", "Spring campaign").ToEvent(Phones);

        Assert.Equal(new IncomingRang("CA-in-1", "+12125550100", "(212) 555-0100", 42, null, "Spring campaign · (415) 555-0101"), rang);
        Assert.Null(new IncomingDeviceCall(null, "+12125550100", "not-a-number", null, null, null).ToEvent(Phones).CallId);
        Assert.Equal("(415) 555-0101", new IncomingDeviceCall(null, "+12125550100", null, null, "+14155550101", null).ToEvent(Phones).Line);
    }
}

using Ispecia.Voip.Core.Simulator.Engine;

namespace Ispecia.Voip.Tests.Simulator;

/// <summary>The parameters of every call webhook, as the app's handlers read them (PROTOCOL.md).</summary>
public sealed class CallParametersTests
{
    private readonly SimulatorCredentials credentials = new(
        SimulatorSids.New("AC"), SimulatorSids.Secret(), SimulatorSids.New("SK"), SimulatorSids.Secret(), SimulatorSids.New("AP"));

    [Fact]
    public void For_BrowserCall_NamesTheAccountAndTheTwimlApp()
    {
        var call = new SimCall { StartedAt = DateTimeOffset.UtcNow, Sid = SimulatorSids.New("CA"), From = "client:agent1", To = "+12125550147", Direction = "inbound", DeviceIdentity = "agent1" };

        var form = new CallParameters(credentials).For(call, TwilioCallStatus.Ringing);

        Assert.Equal((credentials.AccountSid, credentials.TwimlAppSid, "ringing"), (form["AccountSid"], form["ApplicationSid"], form["CallStatus"]));
        Assert.Equal(("client:agent1", "+12125550147"), (form["Caller"], form["Called"]));
        Assert.False(form.ContainsKey("ParentCallSid"));
    }

    [Fact]
    public void For_DialLegToADevice_NamesItsParentButNoApp()
    {
        var call = new SimCall { StartedAt = DateTimeOffset.UtcNow, Sid = SimulatorSids.New("CA"), ParentSid = "CA1", From = "+14155550100", To = "client:agent1", Direction = "outbound-dial", DeviceIdentity = "agent1" };

        var form = new CallParameters(credentials).For(call, TwilioCallStatus.Completed);

        Assert.Equal("CA1", form["ParentCallSid"]);
        Assert.False(form.ContainsKey("ApplicationSid"));
    }

    [Fact]
    public void ForNextStep_BeforeAndAfterTheAnswer_RingingThenInProgress()
    {
        var call = new SimCall { StartedAt = DateTimeOffset.UtcNow, Sid = SimulatorSids.New("CA"), From = "+12125550147", To = "+14155550100", Direction = "inbound" };
        var parameters = new CallParameters(credentials);

        var before = parameters.ForNextStep(call)["CallStatus"];
        call.AnsweredAt = DateTimeOffset.UtcNow;
        var after = parameters.ForNextStep(call)["CallStatus"];

        Assert.Equal(("ringing", "in-progress"), (before, after));
    }
}

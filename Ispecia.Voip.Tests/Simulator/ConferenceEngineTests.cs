using Ispecia.Voip.Core.Simulator.Conferences;
using Ispecia.Voip.Core.Simulator.Engine;
using Ispecia.Voip.Core.Simulator.Twiml;

namespace Ispecia.Voip.Tests.Simulator;

/// <summary>The simulator's conference parts on their own: TwiML read, custom parameters, who hears whom, redirects.</summary>
public class ConferenceEngineTests
{
    [Fact]
    public void Parse_DialConference_ReadsTheRoomAndItsAttributes()
    {
        var verbs = TwimlDocument.Parse("""
            <Response><Dial><Conference beep="false" endConferenceOnExit="true" record="record-from-start" participantLabel="customer"
              statusCallback="https://app/conf" statusCallbackEvent="start end join leave hold">call-7</Conference></Dial></Response>
            """).Verbs;

        var room = Assert.IsType<TwimlConference>(Assert.Single(Assert.IsType<TwimlDial>(Assert.Single(verbs)).Nouns));
        Assert.Equal(("call-7", true, "customer", "https://app/conf"), (room.Name, room.EndConferenceOnExit!.Value, room.ParticipantLabel, room.ConferenceStatusCallback));
        Assert.Contains("hold", SimConference.EventsOf(room.ConferenceStatusCallbackEvent));
    }

    [Fact]
    public void SplitTarget_ClientWithQuery_GivesTheClientAndItsCustomParameters()
    {
        var (target, parameters) = new ParticipantRequest("+1415", "client:agent2?callId=12&callerName=Jane%20Doe&routeName=From+Ann").SplitTarget();

        Assert.Equal("client:agent2", target);
        Assert.Equal(["12", "Jane Doe", "From Ann"], [parameters["callId"], parameters["callerName"], parameters["routeName"]]);
    }

    [Fact]
    public void SplitTarget_Number_KeepsItWhole()
    {
        Assert.Equal("+12125550100", new ParticipantRequest("+1415", "+12125550100").SplitTarget().Target);
    }

    [Fact]
    public void Hears_HeldCustomer_HearsHoldMusicAndTheAgentsHearOnlyEachOther()
    {
        var customer = Participant("customer", hold: true);
        var agent1 = Participant("agent:agent1");
        var agent2 = Participant("consult:agent2");
        List<SimParticipant> everyone = [customer, agent1, agent2];
        customer.HoldMusic = "https://app/hold.wav";

        Assert.Equal(("hold music (https://app/hold.wav)", ConferenceMix.HoldMode), ConferenceMix.Hears(customer, everyone));
        Assert.Equal(("consult:agent2", ConferenceMix.VoiceMode), ConferenceMix.Hears(agent1, everyone));
    }

    [Fact]
    public void Hears_AloneWithAMutedParty_HearsNobody()
    {
        var agent = Participant("agent:agent1");
        var muted = Participant("number:+1212");
        muted.Muted = true;

        Assert.Equal(("nobody", ConferenceMix.SilenceMode), ConferenceMix.Hears(agent, [agent, muted]));
    }

    [Fact]
    public async Task Redirect_StopsTheRunningStepAndHandsOverTheNewFlow()
    {
        var call = new SimCall { Sid = "CA1", ParentSid = "CA0", From = "a", To = "b", Direction = "outbound-dial", StartedAt = DateTimeOffset.UnixEpoch };
        var before = call.Step;
        var ran = false;

        call.Redirect(_ => { ran = true; return Task.CompletedTask; });

        Assert.True(before.IsCancellationRequested);
        Assert.False(call.Step.IsCancellationRequested);
        Assert.True(call.LeftBridge);
        await call.TakeRedirect()!(CancellationToken.None);
        Assert.True(ran);
        Assert.Null(call.TakeRedirect());
    }

    private static SimParticipant Participant(string label, bool hold = false) => new()
    {
        Call = new SimCall { Sid = SimulatorSids.New("CA"), From = "x", To = label, Direction = "outbound-api", StartedAt = DateTimeOffset.UnixEpoch },
        Label = label,
        CreatedAt = DateTimeOffset.UnixEpoch,
        Status = SimParticipant.Connected,
        Hold = hold,
    };
}

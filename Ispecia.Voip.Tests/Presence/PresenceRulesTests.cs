using Ispecia.Voip.Core.Presence;

namespace Ispecia.Voip.Tests.Presence;

public sealed class PresenceRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly PresenceOptions Options = new() { OfflineAfterSeconds = 15, WrapUpSeconds = 30, AwayAfterMinutes = 15 };

    private static PresenceInputs Live(Availability chosen = Availability.Available) =>
        new(chosen, Now.AddSeconds(-3), DeviceRegistered: true, OnCall: false, WrapUpUntil: null, LastActivityAt: Now.AddMinutes(-1));

    [Fact]
    public void Evaluate_LivePageAndChoseAvailable_Available() =>
        Assert.Equal(PresenceStatus.Available, PresenceRules.Evaluate(Live(), Now, Options));

    [Fact]
    public void Evaluate_NoPageEverSeen_Offline() =>
        Assert.Equal(PresenceStatus.Offline, PresenceRules.Evaluate(Live() with { LastSeenAt = null }, Now, Options));

    [Theory]
    [InlineData(15, PresenceStatus.Available)]
    [InlineData(16, PresenceStatus.Offline)]
    public void Evaluate_LastHeartbeatAge_OfflineOnlyPastTheLimit(int secondsAgo, PresenceStatus expected) =>
        Assert.Equal(expected, PresenceRules.Evaluate(Live() with { LastSeenAt = Now.AddSeconds(-secondsAgo) }, Now, Options));

    [Fact]
    public void Evaluate_PageLiveButDeviceUnregistered_Offline() =>
        Assert.Equal(PresenceStatus.Offline, PresenceRules.Evaluate(Live() with { DeviceRegistered = false }, Now, Options));

    [Fact]
    public void Evaluate_OnCallWithDoNotDisturbChosen_OnCall() =>
        Assert.Equal(PresenceStatus.OnCall, PresenceRules.Evaluate(Live(Availability.DoNotDisturb) with { OnCall = true }, Now, Options));

    [Fact]
    public void Evaluate_OnCallButPageGone_Offline() =>
        Assert.Equal(PresenceStatus.Offline, PresenceRules.Evaluate(Live() with { OnCall = true, LastSeenAt = null }, Now, Options));

    [Theory]
    [InlineData(1, PresenceStatus.WrapUp)]
    [InlineData(0, PresenceStatus.Available)]
    [InlineData(-5, PresenceStatus.Available)]
    public void Evaluate_WrapUpDeadline_WrapUpUntilItPasses(int secondsLeft, PresenceStatus expected) =>
        Assert.Equal(expected, PresenceRules.Evaluate(Live() with { WrapUpUntil = Now.AddSeconds(secondsLeft) }, Now, Options));

    [Theory]
    [InlineData(Availability.Away, PresenceStatus.Away)]
    [InlineData(Availability.DoNotDisturb, PresenceStatus.DoNotDisturb)]
    public void Evaluate_ChosenState_IsShown(Availability chosen, PresenceStatus expected) =>
        Assert.Equal(expected, PresenceRules.Evaluate(Live(chosen), Now, Options));

    [Fact]
    public void Evaluate_IdleForAwayAfterMinutes_Away() =>
        Assert.Equal(PresenceStatus.Away, PresenceRules.Evaluate(Live() with { LastActivityAt = Now.AddMinutes(-15) }, Now, Options));

    [Fact]
    public void Evaluate_IdleButAutomaticAwayOff_Available()
    {
        var never = new PresenceOptions { AwayAfterMinutes = 0 };
        Assert.Equal(PresenceStatus.Available, PresenceRules.Evaluate(Live() with { LastActivityAt = Now.AddDays(-1) }, Now, never));
    }

    [Fact]
    public void WrapUpAfterCall_WrapUpOff_None()
    {
        Assert.Equal(Now.AddSeconds(30), PresenceRules.WrapUpAfterCall(Now, Options));
        Assert.Null(PresenceRules.WrapUpAfterCall(Now, new PresenceOptions { WrapUpSeconds = 0 }));
    }

    [Theory]
    [InlineData(5, 15, true)]
    [InlineData(5, 9, false)]
    [InlineData(1, 15, false)]
    [InlineData(5, 301, false)]
    public void IsValid_HeartbeatAndOfflineLimit_TheOfflineLimitCoversTwoHeartbeats(int heartbeat, int offlineAfter, bool expected) =>
        Assert.Equal(expected, PresenceOptions.IsValid(new PresenceOptions { HeartbeatSeconds = heartbeat, OfflineAfterSeconds = offlineAfter }));
}

using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Simulator.Twiml;
using Ispecia.Voip.Core.Webhooks;

namespace Ispecia.Voip.Tests.Queues;

/// <summary>The queue TwiML the app answers, read back by the simulator's parser as Twilio would read it.</summary>
public sealed class QueueTwimlTests
{
    private static readonly WebhookUrls Urls = new("https://app.example");

    [Fact]
    public void Plan_RouteToQueue_EnqueuesWithWaitUrlAndAction()
    {
        var planner = new InboundCallPlanner(null!, Options.Create(new VoipOptions()), Options.Create(new PresenceOptions()), TimeProvider.System);
        var route = new InboundRoute { Name = "Support line", Destination = RouteDestination.Queue, DestinationQueueId = 7 };

        var twiml = planner.Plan(route, [], new InboundCallContext(42, "+12125550101", "+14155550100", null), Urls, trunk: null);

        var enqueue = Assert.IsType<TwimlEnqueue>(Assert.Single(TwimlDocument.Parse(twiml).Verbs));
        Assert.Equal("ispecia-queue-7", enqueue.QueueName);
        Assert.Equal("https://app.example/voip/webhook/twilio/queue/wait?queueId=7&callId=42", enqueue.WaitUrl);
        Assert.Equal("https://app.example/voip/webhook/twilio/queue/result?queueId=7&callId=42", enqueue.Action);
    }

    [Fact]
    public void Fallback_Queue_EnqueuesTheUnansweredCaller()
    {
        var planner = new InboundCallPlanner(null!, Options.Create(new VoipOptions()), Options.Create(new PresenceOptions()), TimeProvider.System);
        var route = new InboundRoute { Destination = RouteDestination.Team, Fallback = RouteDestination.Queue, FallbackQueueId = 3 };

        var twiml = planner.Fallback(route, new InboundCallContext(5, "+12125550101", "+14155550100", null), Urls, trunk: null);

        Assert.Equal("ispecia-queue-3", Assert.IsType<TwimlEnqueue>(Assert.Single(TwimlDocument.Parse(twiml).Verbs)).QueueName);
    }

    [Fact]
    public void TakeFront_Agent_DialsTheQueueWithTheBridgedUrl()
    {
        var twiml = QueueTwiml.TakeFront(7, "user-1", Urls, action: null);

        var dial = Assert.IsType<TwimlDial>(Assert.Single(TwimlDocument.Parse(twiml).Verbs));
        Assert.Equal(QueueTwiml.TakeTimeoutSeconds, dial.Timeout);
        var queue = Assert.IsType<TwimlQueue>(Assert.Single(dial.Nouns));
        Assert.Equal(("ispecia-queue-7", "https://app.example/voip/webhook/twilio/queue/bridged?queueId=7&agent=user-1"), (queue.QueueName, queue.Url));
    }

    [Theory]
    [InlineData(1, null, "You are caller number 1. Please stay on the line.")]
    [InlineData(3, 100, "You are caller number 3. The expected wait is about 2 minutes. Please stay on the line.")]
    [InlineData(2, 20, "You are caller number 2. The expected wait is about 1 minute. Please stay on the line.")]
    public void Announcement_PositionAndExpectedWait_AreSpokenInWords(int position, int? expectedSeconds, string spoken)
    {
        Assert.Equal(spoken, QueueTwiml.Announcement(position, expectedSeconds));
    }

    [Fact]
    public void Wait_WithAnnouncement_SaysThenPlaysTheMusic()
    {
        var verbs = TwimlDocument.Parse(QueueTwiml.Wait("You are caller number 1.", "https://music.example/hold.mp3")).Verbs;

        Assert.Equal([new TwimlSay("You are caller number 1."), new TwimlPlay("https://music.example/hold.mp3")], verbs);
    }
}

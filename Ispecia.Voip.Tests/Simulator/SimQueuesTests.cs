using Ispecia.Voip.Core.Simulator;
using Ispecia.Voip.Core.Simulator.Engine;
using Ispecia.Voip.Core.Simulator.Queues;
using Ispecia.Voip.Core.Simulator.Twiml;

namespace Ispecia.Voip.Tests.Simulator;

public sealed class SimQueuesTests
{
    private readonly SimQueues queues = new(new SimulatorLog());

    [Fact]
    public void Enqueue_TwoCallers_FirstIsFrontAndPositionsCountFromOne()
    {
        var first = queues.Enqueue("support", Caller("+12125550101"));
        var second = queues.Enqueue("support", Caller("+12125550102"));

        Assert.Same(first.Queue, second.Queue);
        Assert.Equal((1, 2), (first.Queue.PositionOf(first), first.Queue.PositionOf(second)));
        Assert.Same(first, first.Queue.Find("Front"));
        Assert.Matches("^QU[0-9a-f]{32}$", first.Queue.Sid);
    }

    [Fact]
    public async Task TakeFront_EmptyQueue_WaitsForTheNextCallerToJoin()
    {
        var queue = queues.Enqueue("sales", Caller("+12125550101")).Queue;
        queues.Remove(queue.Members[0]);

        var taking = queues.TakeFrontAsync(queue, TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);
        Assert.False(taking.IsCompleted);
        var joined = queues.Enqueue("sales", Caller("+12125550103"));

        Assert.Same(joined, await taking);
        Assert.Empty(queue.Members);
    }

    [Fact]
    public async Task TakeFront_NobodyJoinsInTime_ReturnsNoOne()
    {
        var queue = queues.Enqueue("sales", Caller("+12125550101")).Queue;
        queues.Remove(queue.Members[0]);

        Assert.Null(await queues.TakeFrontAsync(queue, TimeSpan.FromMilliseconds(50), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Dequeue_WaitingCaller_LeavesWithTheUrlAndOthersMoveUp()
    {
        var first = queues.Enqueue("support", Caller("+12125550101"));
        var second = queues.Enqueue("support", Caller("+12125550102"));

        var dequeued = queues.Dequeue(first.Queue, first.Call.Sid, "https://app.example/voip/take");

        Assert.Same(first, dequeued);
        Assert.Equal(new QueueExit.Redirected("https://app.example/voip/take"), await first.Exit.Task);
        Assert.Equal(1, second.Queue.PositionOf(second));
        Assert.Null(queues.Dequeue(first.Queue, first.Call.Sid, "https://app.example/voip/take"));
    }

    [Fact]
    public void Parse_DialQueueAndLeave_AreQueueNounAndLeaveVerb()
    {
        var verbs = TwimlDocument.Parse("""<Response><Dial timeout="5"><Queue url="https://app.example/bridged">support</Queue></Dial><Leave/></Response>""").Verbs;

        var dial = Assert.IsType<TwimlDial>(verbs[0]);
        Assert.Equal([new TwimlQueue("support") { Url = "https://app.example/bridged" }], dial.Nouns);
        Assert.IsType<TwimlLeave>(verbs[1]);
    }

    [Fact]
    public void Parse_LeaveWithText_IsRefused()
    {
        Assert.Throws<TwimlParseException>(() => TwimlDocument.Parse("<Response><Leave>now</Leave></Response>"));
    }

    private static SimCall Caller(string from) => new()
    {
        Sid = Ispecia.Voip.Core.Simulator.Protocol.SimulatorSids.New("CA"), From = from, To = "+14155550100", Direction = "inbound", StartedAt = TimeProvider.System.GetUtcNow(),
    };
}

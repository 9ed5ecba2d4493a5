using Ispecia.Voip.Core.Queues;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>Queues in the softphone: taking a waiting caller is an outgoing call to "queue:&lt;id&gt;" through the Voice SDK.</summary>
public sealed partial class Softphone
{
    internal Task TakeFromQueueAsync(WaitingCaller caller) => DispatchAsync(new SoftphoneEvent.Dial(
        $"queue:{caller.QueueId}", caller.CallerName ?? Phones.FormatForDisplay(caller.Caller), caller.ContactId, null, Module.IsStarted));

}

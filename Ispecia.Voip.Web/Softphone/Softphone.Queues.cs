using Ispecia.Voip.Core.Queues;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>Queues in the softphone: taking a waiting caller is an outgoing call to "queue:&lt;id&gt;" through the Voice SDK.</summary>
public sealed partial class Softphone
{
    [Inject] private RegisteredSoftphones Registrations { get; set; } = default!;

    private bool registeredHere;

    internal Task TakeFromQueueAsync(WaitingCaller caller) => DispatchAsync(new SoftphoneEvent.Dial(
        $"queue:{caller.QueueId}", caller.CallerName ?? Phones.FormatForDisplay(caller.Caller), caller.ContactId, null, Module.IsStarted));

    /// <summary>Queues ring only agents whose softphone is registered; this one reports its own registration.</summary>
    private void ReportRegistration(bool registered)
    {
        if (Line is null || registered == registeredHere)
        {
            return;
        }

        registeredHere = registered;
        if (registered)
        {
            Registrations.Registered(Line.Identity);
        }
        else
        {
            Registrations.Unregistered(Line.Identity);
        }
    }
}

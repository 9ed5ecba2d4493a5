namespace Ispecia.Voip.Core.Webhooks;

public static class QueueWebhookRegistration
{
    /// <summary>What Twilio asks about queues: the wait rounds, the Enqueue action, who took whom, and the ringing of members.</summary>
    public static IServiceCollection AddQueueWebhooks(this IServiceCollection services)
    {
        services.AddSingleton<QueueOffers>();
        services.AddSingleton<QueueWaitHandler>();
        services.AddSingleton<QueueResultHandler>();
        services.AddSingleton<QueueBridgedHandler>();
        services.AddSingleton<QueueTakeHandler>();
        return services;
    }
}

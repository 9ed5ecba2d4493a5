using Ispecia.Voip.Core.Routing;

namespace Ispecia.Voip.Core.Queues;

public static class QueueRegistration
{
    /// <summary>Call queues: the admin service, who may be rung, the live board; Routing learns queue names through <see cref="IRouteQueues"/>.</summary>
    public static IServiceCollection AddQueues(this IServiceCollection services)
    {
        services.AddSingleton<CallQueueService>();
        services.AddSingleton<IRouteQueues, RouteQueues>();
        services.AddSingleton<QueueMemberAvailability>();
        services.AddSingleton<QueueBoard>();
        return services;
    }
}

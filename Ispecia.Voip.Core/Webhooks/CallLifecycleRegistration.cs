using Ispecia.Voip.Core.Calls.Outbound;
using Ispecia.Voip.Core.Trunks;
using Microsoft.Extensions.DependencyInjection;

namespace Ispecia.Voip.Core.Webhooks;

public static class CallLifecycleRegistration
{
    /// <summary>The webhook handlers and planners. <see cref="Events.ICallNotifier"/> comes from the host.</summary>
    public static IServiceCollection AddCallLifecycle(this IServiceCollection services)
    {
        services.AddSingleton<OutboundPolicy>();
        services.AddSingleton<TrunkDialer>();
        services.AddSingleton<OutboundCallPlanner>();
        services.AddSingleton<InboundCallPlanner>();
        services.AddSingleton<Routing.IRouteTwimlPreview, RouteTwimlPreview>();
        services.AddSingleton<VoiceWebhookHandler>();
        services.AddSingleton<StatusCallbackHandler>();
        services.AddSingleton<DialActionHandler>();
        services.AddSingleton<RecordingCallbackHandler>();
        services.AddTransient<OutboundCallStarter>();
        return services;
    }
}

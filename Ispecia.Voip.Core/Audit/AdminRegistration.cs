using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Trunks;
using Microsoft.Extensions.DependencyInjection;

namespace Ispecia.Voip.Core.Audit;

public static class AdminRegistration
{
    /// <summary>
    /// The services behind the Settings → VoIP pages, each writing the audit trail. Their validators come with
    /// AddVoipCore. Needs Identity (UserManager, RoleManager) and Data Protection, which the web app registers.
    /// </summary>
    public static IServiceCollection AddVoipAdmin(this IServiceCollection services)
    {
        // Safe to call twice (the app, then a test host).
        if (services.Any(d => d.ServiceType == typeof(AuditLog)))
        {
            return services;
        }

        services.AddSingleton<AuditLog>();
        services.AddSingleton<TrunkService>();
        services.AddSingleton<InboundRouteService>();
        services.AddSingleton<TeamService>();
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<LineAdministration>();
        // Transient: it holds a typed HttpClient, which must not live for the app's lifetime.
        services.AddTransient<ITrunkConnectionTester, TwilioConnectionTester>();
        return services;
    }
}

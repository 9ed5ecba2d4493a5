using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Audit;
using Ispecia.Voip.Core.CallControl;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Calls.History;
using Ispecia.Voip.Core.Calls.Outbound;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Core.Leads;
using Ispecia.Voip.Core.Presence;
using Ispecia.Voip.Core.Queues;
using Ispecia.Voip.Core.Recordings;
using Ispecia.Voip.Core.Reports;
using Ispecia.Voip.Core.Routing;
using Ispecia.Voip.Core.Setup;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Core.Trunks;
using Ispecia.Voip.Core.Twilio;
using Ispecia.Voip.Core.Webhooks;
using Microsoft.Extensions.Configuration;

namespace Ispecia.Voip.Core;

/// <summary>
/// Every service Core offers, feature by feature, in one place. The simulator registers itself
/// (<c>AddVoipSimulator</c>) because only the mode switch may name it; the host supplies Identity, Data Protection
/// and <see cref="Calls.Events.ICallNotifier"/>.
/// </summary>
public static class DependencyInjection
{
    public static IServiceCollection AddVoipCore(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        // Shared: options, clock, database, phone numbers, every validator of the assembly.
        services.AddOptions<VoipOptions>().Bind(configuration.GetSection(VoipOptions.SectionName));
        services.AddSingleton(TimeProvider.System);
        services.AddVoipDatabase(configuration, contentRoot);
        services.AddSingleton(sp => new PhoneNumberService(sp.GetRequiredService<IOptions<VoipOptions>>().Value.DefaultRegion));
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: false);
        services.AddVoipTwilio(configuration);

        // Settings -> VoIP: each service writes the audit trail. They need Identity (UserManager, RoleManager)
        // at the time they are first resolved, which the web host registers.
        services.AddSingleton<AuditLog>();
        services.AddSingleton<UserAdministration>();
        services.AddSingleton<LineAdministration>();
        services.AddSingleton<SoftphoneLineService>();
        services.AddSingleton<LineChanges>();
        services.AddSingleton<UserAccessChanges>();
        services.AddSingleton<TeamService>();
        services.AddSingleton<TrunkService>();
        services.AddSingleton<TrunkDialer>();
        // Transient: it holds a typed HttpClient, which must not live for the app's lifetime.
        services.AddTransient<ITrunkConnectionTester, TwilioConnectionTester>();
        services.AddSingleton<InboundRouteService>();
        // One compiled table per instance, rebuilt when the routes' stamp in the database changes.
        services.AddSingleton<RouteTableCache>();
        services.AddSingleton<IOwnedNumbers, OwnedNumbers>();
        services.AddSingleton<RouteReferences>();
        services.AddSingleton<ITeamRoutes>(sp => sp.GetRequiredService<RouteReferences>());
        services.AddSingleton<ITrunkRoutes>(sp => sp.GetRequiredService<RouteReferences>());
        services.AddQueues();

        // CRM records.
        services.AddSingleton<ContactService>();
        services.AddSingleton<LeadService>();

        // Calls: lookups, the agent's own calls, calls placed through the API.
        services.AddSingleton<NumberOwnerLookup>();
        services.AddSingleton<CallableDirectory>();
        services.AddSingleton<AgentCallsService>();
        services.AddSingleton<OutboundPolicy>();
        services.AddTransient<OutboundCallStarter>();
        services.AddSingleton<CallHistoryService>();

        // Presence: derived from the agents' pages and calls, stored for routing on every instance.
        services.AddOptions<PresenceOptions>().Bind(configuration.GetSection(PresenceOptions.SectionName))
            .Validate(PresenceOptions.IsValid, PresenceOptions.Rules).ValidateOnStart();
        services.AddSingleton<PresenceFeed>();
        services.AddSingleton<PresenceService>();
        services.AddSingleton<PresenceBoard>();

        // Recordings. Transient: it holds the typed Twilio HttpClient.
        services.AddTransient<RecordingService>();

        // Reports: figures and charts computed in the database.
        services.AddSingleton<ReportQueryService>();
        services.AddSingleton<AgentHomeService>();

        // Webhooks: what Twilio asks and tells; the route tester previews the same TwiML.
        services.AddSingleton<OutboundCallPlanner>();
        services.AddSingleton<InboundCallPlanner>();
        services.AddSingleton<IRouteTwimlPreview, RouteTwimlPreview>();
        services.AddSingleton<VoiceWebhookHandler>();
        services.AddSingleton<RingWatch>();
        services.AddSingleton<StatusCallbackHandler>();
        services.AddSingleton<DialActionHandler>();
        services.AddSingleton<RecordingCallbackHandler>();
        services.AddQueueWebhooks();

        // Call control: hold, transfer and add through the call's conference, made on first use (ADR-020).
        services.AddSingleton<CallConference>();
        services.AddSingleton<TransferDestinations>();
        services.AddSingleton<CallControlTimeline>();
        services.AddSingleton<CallControlService>();
        services.AddSingleton<CallControlState>();
        services.AddSingleton<ConferenceEventHandler>();
        services.AddSingleton<TransferDirectory>();

        // Setup: demo data, seeded in simulator mode or Development only.
        services.AddScoped<DemoDataSeeder>();
        return services;
    }
}

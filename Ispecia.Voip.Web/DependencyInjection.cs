using FluentValidation;
using Ispecia.Voip.Core.Audit;
using Ispecia.Voip.Core.Calls.Events;
using Ispecia.Voip.Web.CallControl;
using Ispecia.Voip.Web.Calls;
using Ispecia.Voip.Web.Calls.Events;
using Ispecia.Voip.Web.Contacts;
using Ispecia.Voip.Web.Hosting;
using Ispecia.Voip.Web.Layout;
using Ispecia.Voip.Web.Leads;
using Ispecia.Voip.Web.Operations;
using Ispecia.Voip.Web.Queues;
using Ispecia.Voip.Web.Reports;
using Ispecia.Voip.Web.Simulator;
using Ispecia.Voip.Web.Softphone;
using Ispecia.Voip.Web.Webhooks;
using MudBlazor.Services;

namespace Ispecia.Voip.Web;

/// <summary>
/// Every service, middleware and endpoint of the web app, in one place; each feature's own registration is an extension
/// method beside it (AddVoipIdentity, AddVoipApi, AddSoftphone, AddVoipSimulatorWeb...) called from here.
/// </summary>
public static class DependencyInjection
{
    public static IServiceCollection AddVoipWeb(this IServiceCollection services, IConfiguration configuration, TelephonyMode mode, bool isCreateAdminCommand)
    {
        // First hosted service: the schema must exist before Data Protection loads its key ring from the database.
        if (!isCreateAdminCommand)
        {
            services.AddHostedService<DatabaseInitializer>();
        }

        // A form field's whole value travels in one circuit message. SignalR's 32 KB default cut a pasted 40,000-character
        // note mid-way: the circuit reconnected and the text was lost while the field still showed it. 256 KB lets any
        // text a person can paste reach the validators, which refuse what is too long with a message.
        services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(options => options.MaximumReceiveMessageSize = MaxCircuitMessageBytes);
        services.AddMudServices();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddHttpContextAccessor();
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        services.AddSingleton<Home.DashboardService>();

        services.AddProxyTrust(configuration);
        services.AddSingleton<CallbackOrigin>();
        services.AddVoipIdentity();
        services.AddMemoryCache();
        services.AddSingleton<SignInCheck>();
        services.AddSingleton<HubConnectionsByUser>();
        services.AddAuthorizationBuilder().AddVoipPolicies();
        services.AddProblemDetails();
        services.AddExceptionHandler<ValidationExceptionHandler>();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddOpenApi();
        services.AddValidatorsFromAssemblyContaining<App>(ServiceLifetime.Singleton);

        // With Redis:ConnectionString set, hub events reach agents connected to any instance.
        var signalR = services.AddSignalR();
        if (configuration["Redis:ConnectionString"] is { Length: > 0 } redis)
        {
            signalR.AddStackExchangeRedis(redis, options => options.Configuration.ChannelPrefix = StackExchange.Redis.RedisChannel.Literal("ispecia-voip"));
            services.AddSingleton(new Hosting.RedisConnection(redis));
            services.AddHostedService<Hosting.RedisFeedRelay>();
        }

        services.AddSoftphone();
        services.AddSingleton<ColleaguePresence>();
        services.AddSingleton<ICallControls, SoftphoneCallControls>();
        services.AddVoipSimulatorWeb(mode);
        services.AddSingleton<CallEventsFeed>();
        services.AddSingleton<CallEventQueue>();
        services.AddSingleton<CallEventSender>();
        services.AddHostedService<CallEventPump>();
        services.AddHostedService<Presence.PresenceSweep>();
        services.AddSingleton<ICallNotifier, HubCallNotifier>();
        services.AddSingleton<Core.Queues.IQueueNotifier, Queues.HubQueueNotifier>();
        services.AddSingleton<WebhookLog>();
        services.AddSingleton<Setup.SetupStatus>();
        services.AddSingleton<Setup.PhoneNumbersInUse>();
        services.AddTransient<Setup.TwilioSetupCheck>();
        services.AddOutboundCallsRateLimit();
        SignInRateLimit.Register(services, configuration);
        services.AddVoipApi();
        services.AddVoipOperations(configuration);
        return services;
    }

    /// <summary>The largest message a browser may send its circuit (one event with its field's value).</summary>
    public const int MaxCircuitMessageBytes = 256 * 1024;

    public static WebApplication UseVoipPipeline(this WebApplication app)
    {
        app.UseProxyTrust();
        app.UseSecurityHeaders();
        // Numbers, dates and amounts are shown the same way on every server, whatever its locale.
        app.UseRequestLocalization("en-US");
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandlingPath = "/error/500",
            CreateScopeForErrors = true,
            // The caller's mistakes and lost races are 4xx (ValidationExceptionHandler, BadRequestExceptionHandler).
            StatusCodeSelector = BadRequestExceptionHandler.StatusFor,
            // Those are answered, not unexpected: an error log per malformed request would hide the real ones.
            SuppressDiagnosticsCallback = context => BadRequestExceptionHandler.StatusFor(context.Exception) < 500,
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // API, hub and webhook callers get problem details; people get a page that explains the status.
        // (The re-executing handler must sit in the main pipeline so routing runs again for /error/{code}; the inner
        // handler answers machine-facing paths first, and the outer one leaves a response that has a body alone.)
        app.UseStatusCodePagesWithReExecute("/error/{0}", createScopeForStatusCodePages: true);
        app.UseWhen(context => IsMachineFacing(context.Request.Path), api => api.UseStatusCodePages());
        app.UseErrorPagesAsGet();
        app.UseRequestCharsetCheck();
        // The simulator's signalling endpoint is a plain WebSocket (SignalR's hubs bring their own handling).
        app.UseWebSockets();
        app.UseAuthentication();
        app.UseRevokedSignInCheck();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseRateLimiter();
        return app;
    }

    public static bool IsMachineFacing(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/hubs") || path.StartsWithSegments("/voip") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/simulator/twilio") || path.StartsWithSegments("/simulator/signal")
        || path.StartsWithSegments("/health") || path.StartsWithSegments(OperationsRegistration.MetricsPath);

    public static WebApplication MapVoipEndpoints(this WebApplication app)
    {
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapOpenApi();
        app.MapAccountEndpoints();
        app.MapContactsApi();
        app.MapLeadsApi();
        app.MapTwilioWebhooks();
        app.MapQueueWebhooks();
        app.MapCallControlWebhooks();
        app.MapOutboundCallsApi();
        app.MapCallsExport();
        app.MapReportsExport();
        app.MapVoipApi();
        app.MapHub<VoipHub>(VoipHub.Path);
        app.MapSoftphoneSounds();
        app.MapVoipSimulator(app.Services.GetRequiredService<TelephonyMode>());
        app.MapVoipOperations();
        return app;
    }
}

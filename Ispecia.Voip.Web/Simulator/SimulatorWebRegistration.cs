using Ispecia.Voip.Core.Simulator.Engine;
using Ispecia.Voip.Core.Simulator.Signaling;

namespace Ispecia.Voip.Web.Simulator;

public static class SimulatorWebRegistration
{
    public static IServiceCollection AddVoipSimulatorWeb(this IServiceCollection services, TelephonyMode mode)
    {
        if (mode.IsSimulator)
        {
            services.AddSingleton<SignalingGateway>();
            services.AddSingleton<ISimulatedDevices>(sp => sp.GetRequiredService<SignalingGateway>());
        }

        return services;
    }

    /// <summary>The simulator's endpoints exist only in simulator mode: elsewhere these paths are 404.</summary>
    public static IEndpointRouteBuilder MapVoipSimulator(this IEndpointRouteBuilder app, TelephonyMode mode)
    {
        if (mode.IsSimulator)
        {
            app.MapSimulatorRestApi();
            app.MapSimulatorAdminApi();
            app.MapSimulatorSignaling();
            return app;
        }

        // With real Twilio these addresses do not exist, whatever the method.
        var notHere = () => Results.Problem("The telephony simulator is off: the app uses real Twilio.", statusCode: StatusCodes.Status404NotFound);
        app.Map("/api/voip/simulator/{**rest}", notHere).AllowAnonymous().ExcludeFromDescription();
        app.Map("/simulator/{**rest}", notHere).AllowAnonymous().ExcludeFromDescription();
        return app;
    }
}

using Ispecia.Voip.Core.Simulator.Protocol;
using Ispecia.Voip.Core.Twilio;

namespace Ispecia.Voip.Core.Simulator;

/// <summary>What the simulated account tells the app about itself, through the port the app owns.</summary>
public sealed class InAppTwilio(SimulatorEndpoint endpoint, IOptions<SimulatorOptions> options) : IInAppTwilio
{
    public string AppBaseUrl => endpoint.LoopbackBaseUrl;

    public IReadOnlyList<string> PhoneNumbers => options.Value.PhoneNumbers;
}

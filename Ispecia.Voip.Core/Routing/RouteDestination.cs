namespace Ispecia.Voip.Core.Routing;

public enum RouteDestination
{
    Agent,
    Team,
    Voicemail,
    ExternalNumber,
    Hangup,
}

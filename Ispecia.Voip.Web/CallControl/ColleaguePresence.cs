using Ispecia.Voip.Core.CallControl;
using Ispecia.Voip.Web.Calls.Events;

namespace Ispecia.Voip.Web.CallControl;

/// <summary>
/// A colleague's availability as the transfer picker shows it (data-presence): on a call, offline (no softphone or page
/// connected), do not disturb, or available. The one place presence is derived, so a real presence service can replace it.
/// </summary>
public sealed class ColleaguePresence(HubConnectionsByUser connections)
{
    public const string OnCall = "on-call";
    public const string Offline = "offline";
    public const string DoNotDisturb = "dnd";
    public const string Available = "available";

    public string Of(TransferColleague colleague) =>
        colleague.OnCall ? OnCall
        : !connections.IsConnected(colleague.UserId) ? Offline
        : colleague.Availability == Availability.DoNotDisturb ? DoNotDisturb
        : Available;
}

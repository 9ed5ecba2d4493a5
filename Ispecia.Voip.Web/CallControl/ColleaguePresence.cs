using Ispecia.Voip.Core.Presence;

namespace Ispecia.Voip.Web.CallControl;

/// <summary>
/// Colleagues' presence as the transfer picker shows it (data-presence): the words of <see cref="PresenceRules.Word"/>
/// (available, on-call, wrap-up, away, dnd, offline), read from the stored presence of every agent.
/// </summary>
public sealed class ColleaguePresence(PresenceService presence)
{
    /// <summary>The presence word of every agent who has one; an agent without is offline.</summary>
    public async Task<Func<string, string>> WordsAsync()
    {
        var statuses = await presence.StatusesAsync();
        return userId => statuses.TryGetValue(userId, out var status) ? PresenceRules.Word(status) : PresenceRules.Word(PresenceStatus.Offline);
    }
}

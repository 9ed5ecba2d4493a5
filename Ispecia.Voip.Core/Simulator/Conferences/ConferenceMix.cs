using Ispecia.Voip.Core.Simulator.Engine;

namespace Ispecia.Voip.Core.Simulator.Conferences;

/// <summary>
/// Who hears whom in a conference after every change: a held participant hears the hold music, the others hear
/// everyone connected who is neither held nor muted. Logged, and played by the far end of each browser leg.
/// </summary>
public sealed class ConferenceMix(ISimulatedDevices devices, SimulatorLog log)
{
    public const string HoldMode = "hold";
    public const string VoiceMode = "voice";
    public const string SilenceMode = "silence";

    public async Task AnnounceAsync(SimConference conference)
    {
        var connected = conference.Connected.ToList();
        if (connected.Count == 0)
        {
            return;
        }

        var lines = new List<string>();
        foreach (var participant in connected)
        {
            var (hears, mode) = Hears(participant, connected);
            lines.Add($"{participant.Name} hears {hears}");
            if (participant.Call.DeviceIdentity is not null)
            {
                await devices.HearsAsync(participant.Call, mode);
            }
        }

        log.Add(null, "media", $"{conference.FriendlyName}: {string.Join("; ", lines)}");
    }

    /// <summary>What one participant hears, in words and as the far end's audio mode.</summary>
    public static (string Hears, string Mode) Hears(SimParticipant participant, IReadOnlyList<SimParticipant> connected)
    {
        if (participant.Hold)
        {
            return ($"hold music ({participant.HoldMusic ?? "Twilio's default"})", HoldMode);
        }

        var others = connected.Where(o => o != participant && !o.Hold && !o.Muted).Select(o => o.Name).ToList();
        return others.Count > 0 ? (string.Join(", ", others), VoiceMode) : ("nobody", SilenceMode);
    }
}

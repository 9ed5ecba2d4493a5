using Ispecia.Voip.Core.Simulator.Audio;
using Ispecia.Voip.Core.Simulator.Protocol;

namespace Ispecia.Voip.Core.Simulator.Recordings;

/// <summary>The simulated account's recordings: metadata in memory plus a small index file, audio rendered on demand.</summary>
public sealed class RecordingStore(string folder, TimeProvider? clock = null)
{
    private readonly ConcurrentDictionary<string, SimRecording> recordings = Load(folder);
    private readonly Lock saving = new();

    public SimRecording Add(string callSid, int durationSeconds, int channels, string source)
    {
        var recording = new SimRecording(SimulatorSids.New("RE"), callSid, Math.Max(1, durationSeconds), channels, source, (clock ?? TimeProvider.System).GetUtcNow());
        recordings[recording.Sid] = recording;
        Save();
        return recording;
    }

    public SimRecording? Find(string sid) => recordings.GetValueOrDefault(sid);

    public bool Delete(string sid)
    {
        var removed = recordings.TryRemove(sid, out _);
        Save();
        return removed;
    }

    public static byte[] Render(SimRecording recording, bool mp3) =>
        mp3 ? SimulatedAudio.Mp3(recording.DurationSeconds, recording.Channels) : SimulatedAudio.Wav(recording.DurationSeconds, recording.Channels);

    private void Save()
    {
        lock (saving)
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "recordings.json"), System.Text.Json.JsonSerializer.Serialize(recordings.Values.ToList()));
        }
    }

    private static ConcurrentDictionary<string, SimRecording> Load(string folder)
    {
        var path = Path.Combine(folder, "recordings.json");
        var stored = File.Exists(path) ? System.Text.Json.JsonSerializer.Deserialize<List<SimRecording>>(File.ReadAllText(path)) ?? [] : [];
        return new ConcurrentDictionary<string, SimRecording>(stored.Select(r => KeyValuePair.Create(r.Sid, r)));
    }
}

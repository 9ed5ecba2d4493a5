using System.Buffers.Binary;
using System.Collections.Frozen;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>
/// The Voice SDK's sounds, served by the app (the Device <c>sounds</c> option) instead of Twilio's CDN, so ringing and
/// key tones work with no internet and behind a strict proxy. Synthesised once: 8 kHz mono 16-bit WAV.
/// </summary>
public static class SoftphoneSounds
{
    private const int SampleRate = 8000;
    private const string PathPrefix = "/sounds/";

    // Each sound: tone pairs (Hz), then on/off cadence in milliseconds, repeated for the whole length.
    private static readonly FrozenDictionary<string, Sound> Sounds = new Dictionary<string, Sound>
    {
        ["incoming"] = new([440, 480], OnMs: 1000, OffMs: 2000, TotalMs: 3000, Level: 0.25),
        ["outgoing"] = new([480, 620], OnMs: 200, OffMs: 100, TotalMs: 600, Level: 0.2),
        ["disconnect"] = new([480, 620], OnMs: 250, OffMs: 250, TotalMs: 1000, Level: 0.2),
        ["dtmf1"] = Dtmf(697, 1209), ["dtmf2"] = Dtmf(697, 1336), ["dtmf3"] = Dtmf(697, 1477),
        ["dtmf4"] = Dtmf(770, 1209), ["dtmf5"] = Dtmf(770, 1336), ["dtmf6"] = Dtmf(770, 1477),
        ["dtmf7"] = Dtmf(852, 1209), ["dtmf8"] = Dtmf(852, 1336), ["dtmf9"] = Dtmf(852, 1477),
        ["dtmfs"] = Dtmf(941, 1209), ["dtmf0"] = Dtmf(941, 1336), ["dtmfh"] = Dtmf(941, 1477),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, byte[]> Files =
        Sounds.ToFrozenDictionary(s => s.Key, s => Render(s.Value), StringComparer.Ordinal);

    /// <summary>The SDK's sound names (Device.SoundName).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Sounds.Keys.Order(StringComparer.Ordinal)];

    public static string UrlOf(string name) => $"{PathPrefix}{name}.wav";

    public static IEndpointRouteBuilder MapSoftphoneSounds(this IEndpointRouteBuilder app)
    {
        app.MapGet(PathPrefix + "{name}.wav", (string name, HttpResponse response) =>
            {
                if (!Files.TryGetValue(name, out var wav))
                {
                    return Results.NotFound();
                }

                response.Headers.CacheControl = "public, max-age=86400";
                return Results.File(wav, "audio/wav");
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    private static Sound Dtmf(int low, int high) => new([low, high], OnMs: 150, OffMs: 0, TotalMs: 150, Level: 0.2);

    private static byte[] Render(Sound sound)
    {
        var samples = SampleRate * sound.TotalMs / 1000;
        var wav = new byte[44 + samples * 2];
        WriteHeader(wav, samples);
        var period = sound.OnMs + sound.OffMs;
        for (var i = 0; i < samples; i++)
        {
            var ms = i * 1000 / SampleRate;
            if (ms % period >= sound.OnMs)
            {
                continue;
            }

            var t = (double)i / SampleRate;
            var value = sound.Frequencies.Sum(f => Math.Sin(2 * Math.PI * f * t)) / sound.Frequencies.Length * sound.Level;
            BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(44 + i * 2), (short)(value * short.MaxValue));
        }

        return wav;
    }

    private static void WriteHeader(byte[] wav, int samples)
    {
        "RIFF"u8.CopyTo(wav);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(4), 36 + samples * 2);
        "WAVEfmt "u8.CopyTo(wav.AsSpan(8));
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(16), 16);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(20), 1);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(22), 1);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(24), SampleRate);
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(28), SampleRate * 2);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(32), 2);
        BinaryPrimitives.WriteInt16LittleEndian(wav.AsSpan(34), 16);
        "data"u8.CopyTo(wav.AsSpan(36));
        BinaryPrimitives.WriteInt32LittleEndian(wav.AsSpan(40), samples * 2);
    }

    private sealed record Sound(int[] Frequencies, int OnMs, int OffMs, int TotalMs, double Level);
}

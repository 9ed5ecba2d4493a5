using System.Buffers.Binary;

namespace Ispecia.Voip.Core.Simulator.Audio;

/// <summary>
/// Real, playable audio for simulated recordings. WAV is synthesised here (16-bit PCM, 8 kHz, one channel per party);
/// MP3 repeats the MPEG frames of a short clip made by scripts/make-simulator-audio.sh, which concatenate cleanly
/// because the clip was encoded without a bit reservoir.
/// </summary>
public static class SimulatedAudio
{
    private const int WavSampleRate = 8000;
    private static readonly Lazy<IReadOnlyList<byte[]>> MonoFrames = new(() => Frames("mono.mp3"));
    private static readonly Lazy<IReadOnlyList<byte[]>> DualFrames = new(() => Frames("dual.mp3"));

    /// <summary>Seconds of audio per MPEG frame of the clips (MPEG-2 Layer III at 16 kHz: 576 samples).</summary>
    public const double Mp3FrameSeconds = 576.0 / 16000;

    public static byte[] Wav(int seconds, int channels)
    {
        channels = Math.Clamp(channels, 1, 2);
        var samples = Math.Max(1, seconds) * WavSampleRate;
        var data = new byte[samples * channels * 2];
        for (var i = 0; i < samples; i++)
        {
            for (var channel = 0; channel < channels; channel++)
            {
                BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan((i * channels + channel) * 2), Voice(i / (double)WavSampleRate, channel));
            }
        }

        return WavFile.Pcm16(data, channels, WavSampleRate);
    }

    public static byte[] Mp3(int seconds, int channels)
    {
        var frames = channels >= 2 ? DualFrames.Value : MonoFrames.Value;
        var needed = (int)Math.Ceiling(Math.Max(1, seconds) / Mp3FrameSeconds);
        using var stream = new MemoryStream();
        for (var i = 0; i < needed; i++)
        {
            stream.Write(frames[i % frames.Count]);
        }

        return stream.ToArray();
    }

    /// <summary>A "voice": a few harmonics with a syllable rhythm; the caller lower, the agent higher.</summary>
    private static short Voice(double t, int channel)
    {
        var pitch = channel == 0 ? 150.0 : 210.0;
        var syllables = Math.Max(0, Math.Sin(2 * Math.PI * (channel == 0 ? 3.1 : 2.6) * t));
        var tone = Math.Sin(2 * Math.PI * pitch * t) + 0.5 * Math.Sin(4 * Math.PI * pitch * t) + 0.25 * Math.Sin(6 * Math.PI * pitch * t);
        return (short)(tone * syllables * 6000);
    }

    /// <summary>Splits an MPEG audio stream into frames by reading each frame header.</summary>
    internal static IReadOnlyList<byte[]> Frames(string resource)
    {
        using var input = typeof(SimulatedAudio).Assembly.GetManifestResourceStream($"{typeof(SimulatedAudio).Namespace}.{resource}")
            ?? throw new InvalidOperationException($"Missing embedded audio clip {resource}.");
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var bytes = buffer.ToArray();
        var frames = new List<byte[]>();
        var position = 0;
        while (position + 4 <= bytes.Length)
        {
            var length = Mp3Frame.Length(bytes.AsSpan(position));
            if (length <= 0 || position + length > bytes.Length)
            {
                break;
            }

            frames.Add(bytes[position..(position + length)]);
            position += length;
        }

        return frames.Count > 0 ? frames : throw new InvalidOperationException($"{resource} has no MPEG frames.");
    }
}

using System.Buffers.Binary;

namespace Ispecia.Voip.Core.CallControl;

/// <summary>
/// The hold music the app serves to Twilio (&lt;Play loop="0"&gt;): a soft eight-second arpeggio, synthesised once as an
/// 8 kHz 16-bit mono WAV, so the app needs no audio file of unknown licence.
/// </summary>
public static class HoldMusic
{
    private const int SampleRate = 8000;
    private static readonly double[] Notes = [261.63, 329.63, 392.00, 523.25, 392.00, 329.63, 293.66, 349.23, 440.00, 349.23, 293.66, 246.94];
    private static readonly Lazy<byte[]> Clip = new(Render);

    public static byte[] Wav => Clip.Value;

    private static byte[] Render()
    {
        var noteSamples = SampleRate * 2 / 3;
        var data = new byte[Notes.Length * noteSamples * 2];
        for (var n = 0; n < Notes.Length; n++)
        {
            for (var i = 0; i < noteSamples; i++)
            {
                var t = i / (double)SampleRate;
                // A plucked note: quick attack, slow decay, a soft octave above.
                var envelope = Math.Min(1, i / 200.0) * Math.Exp(-3 * t);
                var sample = envelope * (Math.Sin(2 * Math.PI * Notes[n] * t) + 0.3 * Math.Sin(4 * Math.PI * Notes[n] * t));
                BinaryPrimitives.WriteInt16LittleEndian(data.AsSpan((n * noteSamples + i) * 2), (short)(sample * 7000));
            }
        }

        return WavFile.Pcm16(data, channels: 1, SampleRate);
    }
}

namespace Ispecia.Voip.Core.Simulator.Audio;

/// <summary>Reads an MPEG-1/2/2.5 Layer III frame header (enough to split a stream into frames and to check one).</summary>
public static class Mp3Frame
{
    private static readonly int[] Mpeg1Bitrates = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
    private static readonly int[] Mpeg2Bitrates = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
    private static readonly int[] Mpeg1Rates = [44100, 48000, 32000];

    /// <summary>The frame's length in bytes, or 0 when <paramref name="data"/> does not start with a Layer III header.</summary>
    public static int Length(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4 || data[0] != 0xFF || (data[1] & 0xE0) != 0xE0)
        {
            return 0;
        }

        var version = (data[1] >> 3) & 0x3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
        var layer = (data[1] >> 1) & 0x3; // 1 = Layer III
        var bitrateIndex = data[2] >> 4;
        var rateIndex = (data[2] >> 2) & 0x3;
        var padding = (data[2] >> 1) & 0x1;
        if (version == 1 || layer != 1 || bitrateIndex is 0 or 15 || rateIndex == 3)
        {
            return 0;
        }

        var mpeg1 = version == 3;
        var sampleRate = Mpeg1Rates[rateIndex] / (mpeg1 ? 1 : version == 2 ? 2 : 4);
        var bitrate = (mpeg1 ? Mpeg1Bitrates : Mpeg2Bitrates)[bitrateIndex] * 1000;
        return (mpeg1 ? 144 : 72) * bitrate / sampleRate + padding;
    }
}

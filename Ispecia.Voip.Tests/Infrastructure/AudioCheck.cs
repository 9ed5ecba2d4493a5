using System.Diagnostics;
using System.Globalization;
using Ispecia.Voip.Core.Simulator.Audio;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>Checks that bytes are playable audio: by their own headers, and with sox's soxi when it is installed (CI has it).</summary>
public static class AudioCheck
{
    public static void AssertWav(byte[] bytes, int channels)
    {
        Assert.Equal("RIFF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        Assert.Equal("WAVE", System.Text.Encoding.ASCII.GetString(bytes, 8, 4));
        Assert.Equal(channels, BitConverter.ToInt16(bytes, 22));
    }

    /// <summary>Every byte belongs to a valid MPEG Layer III frame; returns the frame count.</summary>
    public static int AssertMp3(byte[] bytes)
    {
        var position = 0;
        var frames = 0;
        while (position < bytes.Length)
        {
            var length = Mp3Frame.Length(bytes.AsSpan(position));
            Assert.True(length > 0, $"No MPEG frame header at byte {position}.");
            position += length;
            frames++;
        }

        Assert.Equal(bytes.Length, position);
        return frames;
    }

    /// <summary>The duration soxi reads from the file, or null when sox (with MP3 support) is not installed here.</summary>
    public static double? SoxDuration(byte[] bytes, string extension)
    {
        if (!File.Exists("/usr/bin/soxi"))
        {
            Assert.False(TestEnvironment.IsCi, "CI=true but sox is not installed: .ci/run must install sox and libsox-fmt-mp3.");
            return null;
        }

        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.{extension}");
        File.WriteAllBytes(path, bytes);
        try
        {
            using var soxi = Process.Start(new ProcessStartInfo("/usr/bin/soxi", ["-D", path]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var output = soxi.StandardOutput.ReadToEnd();
            var error = soxi.StandardError.ReadToEnd();
            soxi.WaitForExit();
            Assert.True(soxi.ExitCode == 0, $"soxi could not read the {extension}: {error}");
            return double.Parse(output.Trim(), CultureInfo.InvariantCulture);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

using Ispecia.Voip.Core.Simulator.Audio;
using Ispecia.Voip.Core.Simulator.Engine;

namespace Ispecia.Voip.Tests.Simulator;

public sealed class SimulatorPartsTests
{
    [Theory]
    [InlineData("+12125550001", "busy", null)]
    [InlineData("+12125550002", "no-answer", null)]
    [InlineData("+12125550003", "failed", null)]
    [InlineData("+12125550004", FarEnd.Answers, 5.0)]
    [InlineData("+12125550147", FarEnd.Answers, null)]
    [InlineData("sip:+442079460001@sip.example.com", "busy", null)]
    public void For_LastFourDigits_ScriptTheFarEnd(string number, string outcome, double? hangupAfter)
    {
        var farEnd = FarEnd.For(number);

        Assert.Equal((outcome, hangupAfter), (farEnd.Outcome, farEnd.HangupAfterSeconds));
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    [InlineData(65, 2)]
    public void Audio_AnyDurationAndChannels_IsValidWavAndMp3OfThatLength(int seconds, int channels)
    {
        var wav = SimulatedAudio.Wav(seconds, channels);
        var mp3 = SimulatedAudio.Mp3(seconds, channels);

        AudioCheck.AssertWav(wav, channels);
        Assert.Equal(44 + (seconds * 8000 * channels * 2), wav.Length);
        var frames = AudioCheck.AssertMp3(mp3);
        Assert.InRange(frames * SimulatedAudio.Mp3FrameSeconds, seconds, seconds + SimulatedAudio.Mp3FrameSeconds);
    }

    [Fact]
    public void Credentials_CreatedOnce_AreKeptAcrossRestartsInTwilioShapes()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"sim-{Guid.NewGuid():N}");
        try
        {
            var first = SimulatorCredentials.LoadOrCreate(folder);
            var again = SimulatorCredentials.LoadOrCreate(folder);

            Assert.Equal(first, again);
            Assert.Matches("^AC[0-9a-f]{32}$", first.AccountSid);
            Assert.Matches("^SK[0-9a-f]{32}$", first.ApiKey);
            Assert.Matches("^AP[0-9a-f]{32}$", first.TwimlAppSid);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Mp3Frame_NotAFrameHeader_HasNoLength()
    {
        Assert.Equal(0, Mp3Frame.Length("RIFF"u8));
        Assert.Equal(0, Mp3Frame.Length([0xFF, 0xE0]));
    }
}

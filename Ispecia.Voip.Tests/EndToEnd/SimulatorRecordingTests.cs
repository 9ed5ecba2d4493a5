namespace Ispecia.Voip.Tests.EndToEnd;

/// <summary>Recordings made by the simulator are real audio in both formats, fetched the way the app fetches them.</summary>
public sealed class SimulatorRecordingTests : IAsyncLifetime
{
    private SimulatorApp app = null!;

    public ValueTask InitializeAsync()
    {
        app = SimulatorApp.Start(timeScale: 0.1);
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task Recording_OfAnAnsweredCall_IsValidWavAndMp3OfItsDuration()
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");
        var sid = await agent1.ConnectAsync("+12125550147");
        await agent1.WaitForAsync("Accepted", sid);
        await Task.Delay(TimeSpan.FromSeconds(0.6), TestContext.Current.CancellationToken); // 6 simulated seconds of talk
        await agent1.HangupAsync(sid);
        var call = await app.WaitForCallAsync(c => c.CallSid == sid, c => c.Recordings.Count == 1);
        var recording = call.Recordings.Single();
        var twilio = app.Factory.Services.GetRequiredService<RecordingMediaClient>();

        await using var wav = await twilio.OpenAsync(recording.RecordingSid, RecordingMediaFormat.Wav, null, TestContext.Current.CancellationToken);
        var wavBytes = await ReadAllAsync(wav.Content);
        await using var mp3 = await twilio.OpenAsync(recording.RecordingSid, RecordingMediaFormat.Mp3, null, TestContext.Current.CancellationToken);
        var mp3Bytes = await ReadAllAsync(mp3.Content);

        Assert.Equal("audio/x-wav", wav.ContentType);
        Assert.Equal("audio/mpeg", mp3.ContentType);
        AudioCheck.AssertWav(wavBytes, channels: 2);
        Assert.True(AudioCheck.AssertMp3(mp3Bytes) > 10);
        Assert.InRange(recording.DurationSeconds, 1, 30);
        if (AudioCheck.SoxDuration(wavBytes, "wav") is { } wavSeconds)
        {
            Assert.InRange(wavSeconds, recording.DurationSeconds - 0.5, recording.DurationSeconds + 0.5);
            Assert.InRange(AudioCheck.SoxDuration(mp3Bytes, "mp3")!.Value, recording.DurationSeconds - 0.5, recording.DurationSeconds + 1);
        }
    }

    [Fact]
    public async Task Recording_Range_ReturnsPartialContent()
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");
        var sid = await agent1.ConnectAsync("+12125550148");
        await agent1.WaitForAsync("Accepted", sid);
        await agent1.HangupAsync(sid);
        var call = await app.WaitForCallAsync(c => c.CallSid == sid, c => c.Recordings.Count == 1);

        await using var part = await app.Factory.Services.GetRequiredService<RecordingMediaClient>()
            .OpenAsync(call.Recordings.Single().RecordingSid, RecordingMediaFormat.Mp3, "bytes=0-99", TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(100, (await ReadAllAsync(part.Content)).Length);
    }

    [Fact]
    public async Task Recording_ThroughTheAppsAudioEndpoint_IsValidAudioInBothFormats()
    {
        await using var agent1 = await app.RegisterDeviceAsync("agent1");
        var sid = await agent1.ConnectAsync("+12125550149");
        await agent1.WaitForAsync("Accepted", sid);
        await agent1.HangupAsync(sid);
        var call = await app.WaitForCallAsync(c => c.CallSid == sid, c => c.Recordings.Count == 1);
        var client = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoAccounts.Agent1, password = Ispecia.Voip.Core.Setup.DemoUsers.Password }, TestContext.Current.CancellationToken);
        var token = (await login.Content.ReadFromJsonAsync<Dictionary<string, object>>(TestContext.Current.CancellationToken))!["accessToken"].ToString();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var id = call.Recordings.Single().Id;

        var mp3 = await client.GetAsync($"/api/voip/recordings/{id}/audio?format=mp3&download=true", TestContext.Current.CancellationToken);
        var wav = await client.GetAsync($"/api/voip/recordings/{id}/audio?format=wav", TestContext.Current.CancellationToken);

        Assert.Equal("audio/mpeg", mp3.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".mp3", mp3.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var mp3Bytes = await mp3.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        Assert.True(AudioCheck.AssertMp3(mp3Bytes) > 10);
        var wavBytes = await wav.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        AudioCheck.AssertWav(wavBytes, channels: 2);
        AudioCheck.SoxDuration(mp3Bytes, "mp3");
        AudioCheck.SoxDuration(wavBytes, "wav");
        Assert.DoesNotContain("simulator", mp3.Headers.ToString() + mp3.Content.Headers, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, TestContext.Current.CancellationToken);
        return buffer.ToArray();
    }
}

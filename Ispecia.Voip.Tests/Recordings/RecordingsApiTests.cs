namespace Ispecia.Voip.Tests.Recordings;

/// <summary>/api/voip/recordings: the list, audio streamed from (stub) Twilio, and deletion.</summary>
public sealed class RecordingsApiTests(VoipApiApp fixture) : IClassFixture<VoipApiApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Audio_WholeFile_StreamsTwilioMediaInlineWithTheAppsFileName()
    {
        var day = fixture.NewDay();
        var call = await fixture.AddCallAsync(DemoAccounts.Agent1, day.AddHours(15));
        var recording = await fixture.AddRecordingAsync(call);
        var client = await fixture.ClientAsync(DemoAccounts.Agent1);

        var response = await client.GetAsync($"/api/voip/recordings/{recording.Id}/audio?format=mp3", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/mpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(VoipApiApp.Audio.Length, response.Content.Headers.ContentLength);
        Assert.Equal("bytes", Assert.Single(response.Headers.AcceptRanges));
        Assert.Equal(("inline", $"call-{call.Id}-{day:yyyy-MM-dd}.mp3"), (response.Content.Headers.ContentDisposition?.DispositionType, response.Content.Headers.ContentDisposition?.FileName));
        Assert.Equal(VoipApiApp.Audio, await response.Content.ReadAsByteArrayAsync(Ct));
        var asked = Assert.Single(fixture.TwilioRequestsFor(recording));
        Assert.Equal($"/2010-04-01/Accounts/{VoipApiApp.AccountSid}/Recordings/{recording.RecordingSid}.mp3", asked.PathAndQuery);
        Assert.StartsWith("Basic ", asked.Headers["Authorization"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audio_ByteRange_PassesRangeToTwilioAndReturns206WithContentRange()
    {
        var recording = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent1, fixture.NewDay()));
        var client = await fixture.ClientAsync(DemoAccounts.Supervisor);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/voip/recordings/{recording.Id}/audio");
        request.Headers.Range = new RangeHeaderValue(100, 199);

        var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal($"bytes 100-199/{VoipApiApp.Audio.Length}", response.Content.Headers.ContentRange?.ToString());
        Assert.Equal(100, response.Content.Headers.ContentLength);
        Assert.Equal(VoipApiApp.Audio[100..200], await response.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("bytes=100-199", Assert.Single(fixture.TwilioRequestsFor(recording)).Headers["Range"]);
    }

    [Fact]
    public async Task Audio_RangeBeyondTheEnd_Returns416Problem()
    {
        var recording = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent1, fixture.NewDay()));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/voip/recordings/{recording.Id}/audio");
        request.Headers.Range = new RangeHeaderValue(999_999, null);

        var response = await (await fixture.ClientAsync(DemoAccounts.Agent1)).SendAsync(request, Ct);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.RequestedRangeNotSatisfiable);
        Assert.Equal($"bytes */{VoipApiApp.Audio.Length}", response.Content.Headers.ContentRange?.ToString());
    }

    [Fact]
    public async Task Audio_WavDownload_AttachmentNamedAfterTheCall()
    {
        var day = fixture.NewDay();
        var call = await fixture.AddCallAsync(DemoAccounts.Agent1, day);
        var recording = await fixture.AddRecordingAsync(call);

        var response = await (await fixture.ClientAsync(DemoAccounts.Admin)).GetAsync($"/api/voip/recordings/{recording.Id}/audio?format=WAV&download=true", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("audio/wav", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(("attachment", $"call-{call.Id}-{day:yyyy-MM-dd}.wav"), (response.Content.Headers.ContentDisposition?.DispositionType, response.Content.Headers.ContentDisposition?.FileName));
        Assert.EndsWith(".wav", Assert.Single(fixture.TwilioRequestsFor(recording)).PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audio_Response_CarriesNoTwilioUrlSidOrCredentials()
    {
        var recording = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent1, fixture.NewDay()));

        var response = await (await fixture.ClientAsync(DemoAccounts.Agent1)).GetAsync($"/api/voip/recordings/{recording.Id}/audio", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
        Assert.DoesNotContain("twilio", headers, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(new Uri(fixture.Twilio.BaseUrl).Authority, headers, StringComparison.Ordinal);
        foreach (var secret in new[] { "2010-04-01", VoipApiApp.AccountSid, TwilioModeApp.AuthToken, recording.RecordingSid })
        {
            Assert.DoesNotContain(secret, headers, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Audio_TwilioRefuses_Returns502ProblemWithoutTwilioDetails()
    {
        var recording = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent1, fixture.NewDay()), "REfail");

        var response = await (await fixture.ClientAsync(DemoAccounts.Agent1)).GetAsync($"/api/voip/recordings/{recording.Id}/audio", Ct);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadGateway);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(VoipApiApp.AccountSid, body, StringComparison.Ordinal);
        Assert.DoesNotContain("twilio.com", body, StringComparison.Ordinal);
        Assert.DoesNotContain(recording.RecordingSid, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audio_TwilioNoLongerHasIt_Returns404Problem()
    {
        var recording = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent1, fixture.NewDay()), "REgone");

        var response = await (await fixture.ClientAsync(DemoAccounts.Agent1)).GetAsync($"/api/voip/recordings/{recording.Id}/audio", Ct);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("format=ogg", "format")]
    [InlineData("download=maybe", "download")]
    public async Task Audio_BadQueryValue_Returns400WithoutAskingTwilio(string query, string name)
    {
        var recording = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent1, fixture.NewDay()));

        var response = await (await fixture.ClientAsync(DemoAccounts.Agent1)).GetAsync($"/api/voip/recordings/{recording.Id}/audio?{query}", Ct);

        var problem = await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(name, out _));
        Assert.Empty(fixture.TwilioRequestsFor(recording));
    }

    [Fact]
    public async Task Delete_Admin_DeletesAtTwilioThenRemovesTheRow()
    {
        var call = await fixture.AddCallAsync(DemoAccounts.Agent1, fixture.NewDay());
        var recording = await fixture.AddRecordingAsync(call);
        var admin = await fixture.ClientAsync(DemoAccounts.Admin);

        var response = await admin.DeleteAsync($"/api/voip/recordings/{recording.Id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var asked = Assert.Single(fixture.TwilioRequestsFor(recording));
        Assert.Equal(("DELETE", $"/2010-04-01/Accounts/{VoipApiApp.AccountSid}/Recordings/{recording.RecordingSid}.json"), (asked.Method, asked.PathAndQuery));
        Assert.False(await fixture.InDbAsync(db => db.Recordings.AnyAsync(r => r.Id == recording.Id, Ct)));
        Assert.True(await fixture.InDbAsync(db => db.CallEvents.AnyAsync(e => e.CallId == call.Id && e.Kind == "recording-deleted", Ct)));
        await ApiAssert.ProblemAsync(await admin.GetAsync($"/api/voip/recordings/{recording.Id}/audio", Ct), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_TwilioNoLongerHasIt_CountsAsGoneAndRemovesTheRow()
    {
        var recording = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent1, fixture.NewDay()), "REgone");

        var response = await (await fixture.ClientAsync(DemoAccounts.Admin)).DeleteAsync($"/api/voip/recordings/{recording.Id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.False(await fixture.InDbAsync(db => db.Recordings.AnyAsync(r => r.Id == recording.Id, Ct)));
    }

    [Fact]
    public async Task Delete_TwilioRefuses_Returns502AndKeepsTheRow()
    {
        var recording = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent1, fixture.NewDay()), "REfail");

        var response = await (await fixture.ClientAsync(DemoAccounts.Admin)).DeleteAsync($"/api/voip/recordings/{recording.Id}", Ct);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadGateway);
        Assert.True(await fixture.InDbAsync(db => db.Recordings.AnyAsync(r => r.Id == recording.Id, Ct)));
    }

    [Fact]
    public async Task Delete_Unknown_Returns404Problem()
    {
        var response = await (await fixture.ClientAsync(DemoAccounts.Admin)).DeleteAsync("/api/voip/recordings/987654321", Ct);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_FiltersSearchAndPages_NewestFirstWithCallDetails()
    {
        var day = fixture.NewDay();
        var outbound = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent1, day.AddHours(9)));
        var inbound = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent2, day.AddHours(10), c =>
            (c.Direction, c.DialStatus, c.From, c.To) = (CallDirection.Inbound, null, "+13105550123", "+14155550102")));
        var later = await fixture.AddRecordingAsync(await fixture.AddCallAsync(DemoAccounts.Agent1, day.AddHours(11)));
        var client = await fixture.ClientAsync(DemoAccounts.Supervisor);
        var window = $"from={day:yyyy-MM-dd}&to={day:yyyy-MM-dd}";

        async Task<(int Total, IEnumerable<int> Ids)> ListAsync(string query)
        {
            var page = await client.GetFromJsonAsync<JsonElement>($"/api/voip/recordings?{window}&{query}", Ct);
            return (page.GetProperty("totalCount").GetInt32(), page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()).ToList());
        }

        var first = await ListAsync("pageSize=2&page=0");
        Assert.Equal(3, first.Total);
        Assert.Equal([later.Id, inbound.Id], first.Ids);
        Assert.Equal([outbound.Id], (await ListAsync("pageSize=2&page=1")).Ids);
        Assert.Equal([inbound.Id], (await ListAsync("direction=inbound")).Ids);
        Assert.Equal([inbound.Id], (await ListAsync("search=310-555")).Ids);
        Assert.Equal([later.Id, outbound.Id], (await ListAsync($"agentId={await fixture.UserIdAsync(DemoAccounts.Agent1)}")).Ids);
        var row = (await client.GetFromJsonAsync<JsonElement>($"/api/voip/recordings?{window}&direction=inbound", Ct)).GetProperty("items")[0];
        Assert.Equal(("Inbound", "Blake Agent", "(310) 555-0123", 58),
            (row.GetProperty("direction").GetString(), row.GetProperty("agentName").GetString(), row.GetProperty("fromDisplay").GetString(), row.GetProperty("durationSeconds").GetInt32()));
    }

    [Theory]
    [InlineData("pageSize=0")]
    [InlineData("page=-1")]
    [InlineData("direction=up")]
    [InlineData("from=someday")]
    public async Task List_BadQueryValue_Returns400Problem(string query)
    {
        var response = await (await fixture.ClientAsync(DemoAccounts.Supervisor)).GetAsync($"/api/voip/recordings?{query}", Ct);

        await ApiAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }
}

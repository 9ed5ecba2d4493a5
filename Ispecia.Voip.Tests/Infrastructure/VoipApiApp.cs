using Microsoft.AspNetCore.Http;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// One app in Twilio mode for a test class, against a stub of Twilio's REST API. The stub serves every recording's
/// media (<see cref="Audio"/>, with byte ranges) and deletes recordings, except SIDs starting "REfail" (Twilio
/// refuses with 401) and "REgone" (Twilio answers 404). Each test adds its own calls, on its own day
/// (<see cref="NewDay"/>), and filters by that day, so tests never see each other's data nor the demo calls.
/// </summary>
public sealed partial class VoipApiApp : IAsyncLifetime
{
    public static readonly string AccountSid = TwilioModeApp.Settings()["Twilio:AccountSid"]!;

    /// <summary>The bytes the stub serves as every recording's media.</summary>
    public static readonly byte[] Audio = [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7 % 251))];

    private readonly ConcurrentDictionary<string, HttpClient> clients = new();
    private int days;

    public TwilioModeApp App { get; private set; } = null!;

    public VoipAppFactory Factory => App.Factory;

    internal StubTwilioServer Twilio { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Twilio = await StubTwilioServer.StartAsync((context, _) => RespondAsTwilioAsync(context));
        App = await TwilioModeApp.StartAsync(new Dictionary<string, string?> { ["Twilio:ApiBaseUrl"] = Twilio.BaseUrl });
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var client in clients.Values)
        {
            client.Dispose();
        }

        await App.DisposeAsync();
        await Twilio.DisposeAsync();
    }

    /// <summary>A bearer-token client for a demo user, signed in once per test class.</summary>
    public async Task<HttpClient> ClientAsync(string email)
    {
        if (!clients.TryGetValue(email, out var client))
        {
            client = clients.GetOrAdd(email, await Factory.CreateClientForAsync(email));
        }

        return client;
    }

    /// <summary>A day (midnight UTC) no other test of this app uses, years away from the demo calls.</summary>
    public DateTime NewDay() => new DateTime(2031, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(Interlocked.Increment(ref days));

    public async Task<T> InDbAsync<T>(Func<VoipDbContext, Task<T>> work)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await work(db);
    }

    public Task<string> UserIdAsync(string email) =>
        InDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken));

    /// <summary>Adds an answered outbound call of <paramref name="agentEmail"/> (none when null), changed by <paramref name="shape"/>.</summary>
    public async Task<Call> AddCallAsync(string? agentEmail, DateTime startedAt, Action<Call>? shape = null)
    {
        var call = new Call
        {
            CallSid = TwilioModeApp.NewCallSid(),
            Direction = CallDirection.Outbound,
            Status = CallStatus.Completed,
            DialStatus = CallStatus.Completed,
            From = "client:agent",
            To = "+12125550147",
            AgentUserId = agentEmail is null ? null : await UserIdAsync(agentEmail),
            StartedAt = startedAt,
            AnsweredAt = startedAt.AddSeconds(5),
            EndedAt = startedAt.AddSeconds(65),
            DurationSeconds = 60,
        };
        shape?.Invoke(call);
        await InDbAsync(async db =>
        {
            db.Calls.Add(call);
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return call;
    }

    /// <summary>Adds a recording of the call, made when the call ended; <paramref name="sidPrefix"/> picks the stub's behaviour.</summary>
    public async Task<Recording> AddRecordingAsync(Call call, string sidPrefix = "RE")
    {
        var recording = new Recording
        {
            RecordingSid = (sidPrefix + Guid.NewGuid().ToString("N"))[..34],
            CallId = call.Id,
            DurationSeconds = 58,
            Channels = 2,
            CreatedAt = call.EndedAt ?? call.StartedAt,
        };
        await InDbAsync(async db =>
        {
            db.Recordings.Add(recording);
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return recording;
    }

    /// <summary>What the app asked the stub Twilio about one recording.</summary>
    internal IReadOnlyList<StubTwilioServer.RecordedRequest> TwilioRequestsFor(Recording recording) =>
        [.. Twilio.Requests.Where(r => r.PathAndQuery.Contains(recording.RecordingSid, StringComparison.Ordinal))];

    private static Task RespondAsTwilioAsync(HttpContext context)
    {
        var match = RecordingPath().Match(context.Request.Path.Value ?? "");
        if (!match.Success || match.Groups["account"].Value != AccountSid)
        {
            return TwilioError(context, 404, 20404, "The requested resource was not found");
        }

        var sid = match.Groups["sid"].Value;
        var extension = match.Groups["extension"].Value;
        return (context.Request.Method, extension) switch
        {
            _ when sid.StartsWith("REfail", StringComparison.Ordinal) => TwilioError(context, 401, 20003, "Authenticate"),
            _ when sid.StartsWith("REgone", StringComparison.Ordinal) => TwilioError(context, 404, 20404, "The requested resource was not found"),
            ("DELETE", "json") => NoContent(context),
            ("GET", "mp3" or "wav") => ServeAudioAsync(context, extension),
            _ => TwilioError(context, 405, 20004, "Method not allowed"),
        };
    }

    private static Task NoContent(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private static async Task ServeAudioAsync(HttpContext context, string extension)
    {
        var response = context.Response;
        response.ContentType = extension == "mp3" ? "audio/mpeg" : "audio/x-wav";
        response.Headers.AcceptRanges = "bytes";
        // Headers a real answer carries that must never reach the app's users.
        response.Headers["Twilio-Request-Id"] = "RQ" + new string('0', 32);
        response.Headers["X-Media-Url"] = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.Path}";
        var (start, end) = (0, Audio.Length - 1);
        if (ByteRange().Match(context.Request.Headers.Range.ToString()) is { Success: true } range)
        {
            start = int.Parse(range.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (range.Groups["end"].Value is { Length: > 0 } last)
            {
                end = Math.Min(end, int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
            }

            if (start >= Audio.Length)
            {
                response.StatusCode = StatusCodes.Status416RangeNotSatisfiable;
                response.Headers.ContentRange = $"bytes */{Audio.Length}";
                return;
            }

            response.StatusCode = StatusCodes.Status206PartialContent;
            response.Headers.ContentRange = $"bytes {start}-{end}/{Audio.Length}";
        }

        response.ContentLength = end - start + 1;
        await response.Body.WriteAsync(Audio.AsMemory(start, end - start + 1), context.RequestAborted);
    }

    private static Task TwilioError(HttpContext context, int status, int code, string message) => StubTwilioServer.Json(context, status,
        $$"""{"code":{{code}},"message":"{{message}}","more_info":"https://www.twilio.com/docs/errors/{{code}}","status":{{status}}}""");

    [GeneratedRegex(@"^/2010-04-01/Accounts/(?<account>AC\w+)/Recordings/(?<sid>RE\w+)\.(?<extension>mp3|wav|json)$")]
    private static partial Regex RecordingPath();

    [GeneratedRegex(@"^bytes=(?<start>\d+)-(?<end>\d*)$")]
    private static partial Regex ByteRange();
}

using System.Net.Http.Headers;
using System.Text;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Simulator;
using Ispecia.Voip.Core.Simulator.Engine;
using Ispecia.Voip.Core.Simulator.Protocol;
using Ispecia.Voip.Core.Simulator.Recordings;

namespace Ispecia.Voip.Web.Simulator;

/// <summary>
/// The subset of Twilio's REST API the app uses, served by the simulator under /simulator/twilio/2010-04-01 with
/// Basic auth and Twilio's error JSON.
/// </summary>
public static class SimulatorRestApi
{
    public static IEndpointRouteBuilder MapSimulatorRestApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup($"{SimulatorEndpoint.ApiPath}/2010-04-01/Accounts/{{accountSid}}")
            .AllowAnonymous()
            .DisableAntiforgery()
            .ExcludeFromDescription()
            .AddEndpointFilter(RequireBasicAuth);

        app.MapGet($"{SimulatorEndpoint.ApiPath}/2010-04-01/Accounts/{{accountSid}}.json", (SimulatorCredentials credentials) => Results.Json(new
            {
                sid = credentials.AccountSid, friendly_name = "Ispecia simulator", status = "active", type = "Full",
            }))
            .AllowAnonymous()
            .ExcludeFromDescription()
            .AddEndpointFilter(RequireBasicAuth);
        api.MapGet("/Applications/{applicationSid}.json", (string applicationSid, SimulatorCredentials credentials, SimulatorEndpoint endpoint) =>
            applicationSid == credentials.TwimlAppSid
                ? Results.Json(new
                {
                    sid = credentials.TwimlAppSid, friendly_name = "Ispecia simulator app",
                    voice_url = endpoint.PublicBaseUrl + TwilioSimulator.VoicePath, voice_method = "POST",
                    status_callback = endpoint.PublicBaseUrl + TwilioSimulator.StatusPath, status_callback_method = "POST",
                })
                : NotFound($"Application {applicationSid}"));
        api.MapGet("/IncomingPhoneNumbers.json", (SimulatorCredentials credentials, IOptions<SimulatorOptions> options) =>
        {
            // One page in Twilio's 2010 list shape: the library reads the records under their plural key and "uri".
            var uri = $"/2010-04-01/Accounts/{credentials.AccountSid}/IncomingPhoneNumbers.json";
            return Results.Json(new
            {
                incoming_phone_numbers = options.Value.PhoneNumbers.Select((number, i) => new
                {
                    sid = $"PN{i:x32}", account_sid = credentials.AccountSid, phone_number = number, friendly_name = number,
                    voice_url = (string?)null, voice_method = "POST", voice_application_sid = credentials.TwimlAppSid,
                }),
                uri, first_page_uri = uri, next_page_uri = (string?)null, previous_page_uri = (string?)null,
                page = 0, page_size = options.Value.PhoneNumbers.Count, start = 0, end = Math.Max(0, options.Value.PhoneNumbers.Count - 1),
            });
        });
        api.MapPost("/Calls.json", CreateCallAsync);
        api.MapGet("/Calls/{callSid}.json", (string callSid, TwilioSimulator simulator) =>
            simulator.Find(callSid) is { } call ? Results.Json(CallJson(call, simulator)) : NotFound($"Call {callSid}"));
        api.MapPost("/Calls/{callSid}.json", UpdateCallAsync);
        api.MapSimulatorQueueApi();
        api.MapGet("/Calls.json", ListCalls);
        api.MapSimulatorConferenceApi();
        api.MapGet("/Recordings/{file}", Media);
        api.MapDelete("/Recordings/{file}", (string file, TwilioSimulator simulator) =>
            simulator.DeleteRecording(Path.GetFileNameWithoutExtension(file)) ? Results.NoContent() : NotFound($"Recording {file}"));
        return app;
    }

    private static async ValueTask<object?> RequireBasicAuth(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var credentials = http.RequestServices.GetRequiredService<SimulatorCredentials>();
        var accountSid = http.Request.RouteValues["accountSid"]?.ToString() ?? "";
        var presented = AuthenticationHeaderValue.TryParse(http.Request.Headers.Authorization, out var header) && header.Scheme == "Basic"
            ? TryDecode(header.Parameter)
            : null;
        if (presented is null || !credentials.AcceptsBasicAuth(presented))
        {
            return Error(401, 20003, "Authenticate");
        }

        // The account in the path must be the simulated account.
        return accountSid == credentials.AccountSid ? await next(context) : Error(404, 20404, $"The requested resource /2010-04-01/Accounts/{accountSid} was not found");
    }

    private static async Task<IResult> CreateCallAsync(HttpRequest request, TwilioSimulator simulator)
    {
        var form = await request.ReadFormAsync();
        var to = form["To"].ToString();
        var from = form["From"].ToString();
        if (to.Length == 0 || from.Length == 0)
        {
            return Error(400, 21201, "No 'To' or 'From' number is specified");
        }

        var url = form["Url"].ToString();
        var twiml = form["Twiml"].ToString();
        if (url.Length == 0 && twiml.Length == 0)
        {
            return Error(400, 21205, "Url parameter is required");
        }

        var statusCallback = form["StatusCallback"].ToString();
        int? timeout = int.TryParse(form["Timeout"].ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? Math.Clamp(seconds, 1, 600) : null;
        var call = simulator.CreateCall(to, from, url.Length > 0 ? url : null, twiml.Length > 0 ? twiml : null, statusCallback.Length > 0 ? statusCallback : null, timeout);
        return Results.Json(CallJson(call, simulator), statusCode: 201);
    }

    private static async Task<IResult> UpdateCallAsync(string callSid, HttpRequest request, TwilioSimulator simulator)
    {
        var form = await request.ReadFormAsync();
        var status = form["Status"].ToString();
        if (simulator.Find(callSid) is not { } call)
        {
            return NotFound($"Call {callSid}");
        }

        if (status is "completed" or "canceled")
        {
            simulator.Hangup(callSid);
        }
        else if (form["Twiml"].ToString() is { Length: > 0 } twiml)
        {
            simulator.UpdateCall(callSid, null, twiml);
        }
        else if (form["Url"].ToString() is { Length: > 0 } url)
        {
            simulator.UpdateCall(callSid, url, null);
        }

        return Results.Json(CallJson(call, simulator));
    }

    /// <summary>The live legs, filtered as the library's ReadCallOptions can (ParentCallSid, Status), in one page.</summary>
    private static IResult ListCalls(HttpRequest request, TwilioSimulator simulator)
    {
        var parent = request.Query["ParentCallSid"].ToString();
        var status = request.Query["Status"].ToString();
        var legs = simulator.LiveCalls
            .Where(c => parent.Length == 0 || c.ParentSid == parent)
            .Where(c => status.Length == 0 || c.Status == status)
            .Select(c => CallJson(c, simulator))
            .ToList();
        return Page("calls", $"/2010-04-01/Accounts/{simulator.Credentials.AccountSid}/Calls.json", legs);
    }

    /// <summary>One page in Twilio's 2010 list shape: the library reads the records under their plural key and "uri".</summary>
    internal static IResult Page<T>(string key, string uri, IReadOnlyList<T> records) => Results.Json(new Dictionary<string, object?>
    {
        [key] = records,
        ["uri"] = uri,
        ["first_page_uri"] = uri,
        ["next_page_uri"] = null,
        ["previous_page_uri"] = null,
        ["page"] = 0,
        ["page_size"] = Math.Max(50, records.Count),
        ["start"] = 0,
        ["end"] = Math.Max(0, records.Count - 1),
    });

    private static IResult Media(string file, TwilioSimulator simulator)
    {
        var extension = Path.GetExtension(file);
        var recording = simulator.Recording(Path.GetFileNameWithoutExtension(file));
        if (recording is null || extension is not (".mp3" or ".wav" or ""))
        {
            return NotFound($"Recording {file}");
        }

        var mp3 = extension == ".mp3";
        return Results.File(RecordingStore.Render(recording, mp3), mp3 ? "audio/mpeg" : "audio/x-wav", enableRangeProcessing: true);
    }

    private static object CallJson(SimCall call, TwilioSimulator simulator) => new
    {
        sid = call.Sid,
        account_sid = simulator.Credentials.AccountSid,
        parent_call_sid = call.ParentSid,
        to = call.To,
        from = call.From,
        status = call.Status,
        direction = call.Direction,
        api_version = "2010-04-01",
        uri = $"/2010-04-01/Accounts/{simulator.Credentials.AccountSid}/Calls/{call.Sid}.json",
    };

    internal static IResult NotFound(string what) => Error(404, 20404, $"The requested resource {what} was not found");

    internal static IResult Error(int status, int code, string message) => Results.Json(
        new { code, message, more_info = $"https://www.twilio.com/docs/errors/{code}", status }, statusCode: status);

    private static string? TryDecode(string? value)
    {
        try
        {
            return value is null ? null : Encoding.UTF8.GetString(Convert.FromBase64String(value));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}

using Ispecia.Voip.Core.Simulator;
using Ispecia.Voip.Core.Simulator.Queues;

namespace Ispecia.Voip.Web.Simulator;

/// <summary>
/// Twilio's Queue and Queue Member resources as the simulator serves them (the Twilio library's QueueResource and
/// Queue.MemberResource read these fields): list and fetch queues, list and fetch members (a CallSid or "Front"), and
/// dequeue a member by updating it with a Url.
/// </summary>
public static class SimulatorQueueApi
{
    public static RouteGroupBuilder MapSimulatorQueueApi(this RouteGroupBuilder api)
    {
        api.MapGet("/Queues.json", (TwilioSimulator simulator) =>
        {
            var uri = $"/2010-04-01/Accounts/{simulator.Credentials.AccountSid}/Queues.json";
            var queues = simulator.Queues.All;
            return Results.Json(new
            {
                queues = queues.Select(q => QueueJson(q, simulator)),
                uri, first_page_uri = uri, next_page_uri = (string?)null, previous_page_uri = (string?)null,
                page = 0, page_size = 50, start = 0, end = Math.Max(0, queues.Count - 1),
            });
        });
        api.MapGet("/Queues/{queueSid}.json", (string queueSid, TwilioSimulator simulator) =>
            simulator.Queues.Find(queueSid) is { } queue ? Results.Json(QueueJson(queue, simulator)) : SimulatorRestApi.NotFound($"Queue {queueSid}"));
        api.MapGet("/Queues/{queueSid}/Members.json", (string queueSid, TwilioSimulator simulator) =>
        {
            if (simulator.Queues.Find(queueSid) is not { } queue)
            {
                return SimulatorRestApi.NotFound($"Queue {queueSid}");
            }

            var uri = $"/2010-04-01/Accounts/{simulator.Credentials.AccountSid}/Queues/{queue.Sid}/Members.json";
            var members = queue.Members;
            return Results.Json(new
            {
                queue_members = members.Select(m => MemberJson(m, simulator)),
                uri, first_page_uri = uri, next_page_uri = (string?)null, previous_page_uri = (string?)null,
                page = 0, page_size = 50, start = 0, end = Math.Max(0, members.Count - 1),
            });
        });
        api.MapGet("/Queues/{queueSid}/Members/{callSid}.json", (string queueSid, string callSid, TwilioSimulator simulator) =>
            simulator.Queues.Find(queueSid)?.Find(callSid) is { } member
                ? Results.Json(MemberJson(member, simulator))
                : SimulatorRestApi.NotFound($"Queue {queueSid} member {callSid}"));
        api.MapPost("/Queues/{queueSid}/Members/{callSid}.json", DequeueAsync);
        return api;
    }

    private static async Task<IResult> DequeueAsync(string queueSid, string callSid, HttpRequest request, TwilioSimulator simulator)
    {
        var form = await request.ReadFormAsync();
        var url = form["Url"].ToString();
        if (!Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            return SimulatorRestApi.Error(400, 21205, "Url parameter is required and must be an absolute URL");
        }

        if (simulator.Queues.Find(queueSid) is not { } queue)
        {
            return SimulatorRestApi.NotFound($"Queue {queueSid}");
        }

        // Read before it leaves: the answer describes the member as it was in the queue.
        var before = queue.Find(callSid) is { } waiting ? MemberJson(waiting, simulator) : null;
        return before is not null && simulator.Queues.Dequeue(queue, callSid, url) is not null
            ? Results.Json(before)
            : SimulatorRestApi.NotFound($"Queue {queueSid} member {callSid}");
    }

    private static object QueueJson(SimQueue queue, TwilioSimulator simulator) => new
    {
        sid = queue.Sid,
        account_sid = simulator.Credentials.AccountSid,
        friendly_name = queue.FriendlyName,
        current_size = queue.Members.Count,
        max_size = queue.MaxSize,
        average_wait_time = queue.AverageWaitSeconds,
        date_created = Rfc2822(queue.CreatedAt),
        date_updated = Rfc2822(queue.UpdatedAt),
        uri = $"/2010-04-01/Accounts/{simulator.Credentials.AccountSid}/Queues/{queue.Sid}.json",
    };

    private static object MemberJson(SimQueueMember member, TwilioSimulator simulator) => new
    {
        call_sid = member.Call.Sid,
        queue_sid = member.Queue.Sid,
        date_enqueued = Rfc2822(member.EnqueuedAt),
        position = member.Queue.PositionOf(member),
        wait_time = member.WaitSeconds(simulator.Log.Clock.GetUtcNow()),
        uri = $"/2010-04-01/Accounts/{simulator.Credentials.AccountSid}/Queues/{member.Queue.Sid}/Members/{member.Call.Sid}.json",
    };

    private static string Rfc2822(DateTimeOffset at) => at.ToUniversalTime().ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}

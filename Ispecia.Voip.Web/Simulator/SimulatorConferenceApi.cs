using Ispecia.Voip.Core.Simulator;
using Ispecia.Voip.Core.Simulator.Conferences;

namespace Ispecia.Voip.Web.Simulator;

/// <summary>
/// Twilio's Conference and Participant resources as the library's ConferenceResource and Conference.ParticipantResource
/// call them: list and fetch conferences, end one, and list, create, fetch, update (hold, mute) and delete participants.
/// A participant is addressed by CallSid or label; a participant created in a conference by name creates the room.
/// </summary>
public static class SimulatorConferenceApi
{
    public static RouteGroupBuilder MapSimulatorConferenceApi(this RouteGroupBuilder api)
    {
        api.MapGet("/Conferences.json", (HttpRequest request, TwilioSimulator simulator) =>
        {
            var name = request.Query["FriendlyName"].ToString();
            var status = request.Query["Status"].ToString();
            var rooms = simulator.Conferences.All
                .Where(c => name.Length == 0 || c.FriendlyName == name)
                .Where(c => status.Length == 0 || c.Status == status)
                .Select(c => ConferenceJson(c, simulator)).ToList();
            return SimulatorRestApi.Page("conferences", $"{AccountPath(simulator)}/Conferences.json", rooms);
        });
        api.MapGet("/Conferences/{sid}.json", (string sid, TwilioSimulator simulator) =>
            simulator.Conferences.Find(sid) is { } c ? Results.Json(ConferenceJson(c, simulator)) : SimulatorRestApi.NotFound($"Conference {sid}"));
        api.MapPost("/Conferences/{sid}.json", UpdateConferenceAsync);
        api.MapGet("/Conferences/{sid}/Participants.json", (string sid, TwilioSimulator simulator) =>
            simulator.Conferences.Find(sid) is { } c
                ? SimulatorRestApi.Page("participants", $"{AccountPath(simulator)}/Conferences/{c.Sid}/Participants.json", [.. c.Participants.Select(p => ParticipantJson(c, p, simulator))])
                : SimulatorRestApi.NotFound($"Conference {sid}"));
        api.MapPost("/Conferences/{sid}/Participants.json", CreateParticipantAsync);
        api.MapGet("/Conferences/{sid}/Participants/{participant}.json", (string sid, string participant, TwilioSimulator simulator) =>
            simulator.Conferences.Find(sid) is { } c && c.Find(participant) is { } p
                ? Results.Json(ParticipantJson(c, p, simulator))
                : SimulatorRestApi.NotFound($"Participant {participant}"));
        api.MapPost("/Conferences/{sid}/Participants/{participant}.json", UpdateParticipantAsync);
        api.MapDelete("/Conferences/{sid}/Participants/{participant}.json", (string sid, string participant, TwilioSimulator simulator) =>
            simulator.Conferences.Find(sid) is { } c && simulator.Conferences.Remove(c, participant)
                ? Results.NoContent()
                : SimulatorRestApi.NotFound($"Participant {participant}"));
        return api;
    }

    private static async Task<IResult> UpdateConferenceAsync(string sid, HttpRequest request, TwilioSimulator simulator)
    {
        var form = await request.ReadFormAsync();
        if (simulator.Conferences.Find(sid) is not { } conference)
        {
            return SimulatorRestApi.NotFound($"Conference {sid}");
        }

        if (form["Status"].ToString() == "completed")
        {
            await simulator.Conferences.EndAsync(conference);
        }

        return Results.Json(ConferenceJson(conference, simulator));
    }

    private static async Task<IResult> CreateParticipantAsync(string sid, HttpRequest request, TwilioSimulator simulator)
    {
        var form = await request.ReadFormAsync();
        var (from, to) = (form["From"].ToString(), form["To"].ToString());
        if (from.Length == 0 || to.Length == 0)
        {
            return SimulatorRestApi.Error(400, 21201, "No 'To' or 'From' number is specified");
        }

        if (form["Label"].ToString() is { Length: > 0 } label && simulator.Conferences.Find(sid)?.Find(label) is not null)
        {
            return SimulatorRestApi.Error(400, 16025, $"A participant with label '{label}' is already in the conference");
        }

        var participant = simulator.Conferences.Dial(sid, new ParticipantRequest(from, to)
        {
            Label = Text(form, "Label"),
            StatusCallback = Text(form, "StatusCallback"),
            Timeout = int.TryParse(form["Timeout"], CultureInfo.InvariantCulture, out var timeout) ? Math.Clamp(timeout, 5, 600) : null,
            Muted = Flag(form, "Muted"),
            StartConferenceOnEnter = Flag(form, "StartConferenceOnEnter"),
            EndConferenceOnExit = Flag(form, "EndConferenceOnExit"),
            EarlyMedia = Flag(form, "EarlyMedia"),
            ConferenceStatusCallback = Text(form, "ConferenceStatusCallback"),
            ConferenceStatusCallbackEvent = form["ConferenceStatusCallbackEvent"].Count > 0 ? string.Join(' ', form["ConferenceStatusCallbackEvent"].ToArray()) : null,
            ConferenceRecord = Text(form, "ConferenceRecord"),
            ConferenceRecordingStatusCallback = Text(form, "ConferenceRecordingStatusCallback"),
        });
        var conference = participant is null ? null : simulator.Conferences.Find(sid);
        return participant is null || conference is null
            ? SimulatorRestApi.NotFound($"Conference {sid}")
            : Results.Json(ParticipantJson(conference, participant, simulator), statusCode: 201);
    }

    private static async Task<IResult> UpdateParticipantAsync(string sid, string participant, HttpRequest request, TwilioSimulator simulator)
    {
        var form = await request.ReadFormAsync();
        if (simulator.Conferences.Find(sid) is not { } conference)
        {
            return SimulatorRestApi.NotFound($"Conference {sid}");
        }

        var updated = await simulator.Conferences.UpdateAsync(conference, participant, Flag(form, "Hold"), Text(form, "HoldUrl"), Flag(form, "Muted"));
        return updated is null ? SimulatorRestApi.NotFound($"Participant {participant}") : Results.Json(ParticipantJson(conference, updated, simulator));
    }

    private static string? Text(IFormCollection form, string name) => form[name].ToString() is { Length: > 0 } value ? value : null;

    private static bool? Flag(IFormCollection form, string name) => bool.TryParse(form[name].ToString(), out var value) ? value : null;

    private static string AccountPath(TwilioSimulator simulator) => $"/2010-04-01/Accounts/{simulator.Credentials.AccountSid}";

    private static object ConferenceJson(SimConference conference, TwilioSimulator simulator) => new
    {
        sid = conference.Sid,
        account_sid = simulator.Credentials.AccountSid,
        friendly_name = conference.FriendlyName,
        status = conference.Status,
        api_version = "2010-04-01",
        region = "us1",
        reason_conference_ended = conference.ReasonEnded,
        call_sid_ending_conference = conference.CallSidEndingConference,
        uri = $"{AccountPath(simulator)}/Conferences/{conference.Sid}.json",
        subresource_uris = new Dictionary<string, string>
        {
            ["participants"] = $"{AccountPath(simulator)}/Conferences/{conference.Sid}/Participants.json",
        },
    };

    private static object ParticipantJson(SimConference conference, SimParticipant participant, TwilioSimulator simulator) => new
    {
        account_sid = simulator.Credentials.AccountSid,
        call_sid = participant.Call.Sid,
        label = participant.Label,
        conference_sid = conference.Sid,
        end_conference_on_exit = participant.EndConferenceOnExit,
        start_conference_on_enter = participant.StartConferenceOnEnter,
        muted = participant.Muted,
        hold = participant.Hold,
        coaching = false,
        status = participant.Status,
        uri = $"{AccountPath(simulator)}/Conferences/{conference.Sid}/Participants/{participant.Call.Sid}.json",
    };
}

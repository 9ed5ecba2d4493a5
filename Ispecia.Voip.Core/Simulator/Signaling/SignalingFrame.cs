using System.Text.Json;

namespace Ispecia.Voip.Core.Simulator.Signaling;

/// <summary>
/// One frame of the Voice SDK's signalling (PROTOCOL.md section 6): <c>{"type": …, "version": "1.6", "payload": {…}}</c>
/// over a WebSocket. Frames whose type starts with <see cref="FarEndPrefix"/> are the simulator's own, between the
/// gateway and the far-end media host in the same page; the SDK ignores types it does not know.
/// </summary>
public sealed record SignalingFrame(string Type, JsonObject Payload)
{
    public const string Version = "1.6";

    public const string FarEndPrefix = "sim-";

    /// <summary>The heartbeat: the gateway sends a bare newline and the SDK echoes it.</summary>
    public const string Heartbeat = "\n";

    /// <summary>Null when <paramref name="text"/> is not a JSON object with a string <c>type</c>.</summary>
    public static SignalingFrame? Parse(string text)
    {
        try
        {
            if (JsonNode.Parse(text) is not JsonObject frame || frame["type"] is not JsonValue type || !type.TryGetValue<string>(out var name))
            {
                return null;
            }

            return new SignalingFrame(name, frame["payload"] as JsonObject ?? []);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string? String(string name) =>
        Payload[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public double? Number(string name) =>
        Payload[name] is JsonValue value && value.TryGetValue<double>(out var number) ? number : null;

    /// <summary>Text a client sent, cut short enough to echo back in an error message.</summary>
    public static string Truncate(string value) => value.Length <= 64 ? value : value[..64];

    public static string Write(string type, JsonObject payload) =>
        new JsonObject { ["type"] = type, ["version"] = Version, ["payload"] = payload }.ToJsonString();

    /// <summary>The error frame the SDK maps to a TwilioError (31204 invalid token → 20101, 31205 expired → 20104).</summary>
    public static string Error(int code, string message, string? callSid = null)
    {
        var payload = new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } };
        if (callSid is not null)
        {
            payload["callsid"] = callSid;
        }

        return Write("error", payload);
    }
}

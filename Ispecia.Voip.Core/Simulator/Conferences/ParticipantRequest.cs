namespace Ispecia.Voip.Core.Simulator.Conferences;

/// <summary>The Participant resource's create fields the simulator models (To may carry custom parameters after '?').</summary>
public sealed record ParticipantRequest(string From, string To)
{
    public string? Label { get; init; }

    public string? StatusCallback { get; init; }

    public int? Timeout { get; init; }

    public bool? Muted { get; init; }

    public bool? StartConferenceOnEnter { get; init; }

    public bool? EndConferenceOnExit { get; init; }

    public bool? EarlyMedia { get; init; }

    public string? ConferenceStatusCallback { get; init; }

    public string? ConferenceStatusCallbackEvent { get; init; }

    public string? ConferenceRecord { get; init; }

    public string? ConferenceRecordingStatusCallback { get; init; }

    /// <summary>"client:alice?name=value&amp;…": the client and the custom parameters its incoming call carries.</summary>
    public (string Target, Dictionary<string, string> Parameters) SplitTarget()
    {
        var question = To.IndexOf('?', StringComparison.Ordinal);
        if (question < 0 || !To.StartsWith("client:", StringComparison.Ordinal))
        {
            return (To, []);
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in To[(question + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(equals < 0 ? pair : pair[..equals]);
            parameters[name] = equals < 0 ? "" : Uri.UnescapeDataString(pair[(equals + 1)..].Replace('+', ' '));
        }

        return (To[..question], parameters);
    }
}

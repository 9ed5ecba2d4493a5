namespace Ispecia.Voip.Core.CallControl;

/// <summary>Done, or refused with a message the agent can act on (the call is left as it was).</summary>
public sealed record CallControlResult(string? Error)
{
    public static CallControlResult Done { get; } = new((string?)null);

    public bool Succeeded => Error is null;

    public static CallControlResult Refused(string error) => new(error);
}

namespace Ispecia.Voip.Core.CallControl;

public enum TransferTargetKind
{
    /// <summary>A colleague by client identity or extension.</summary>
    Agent,

    /// <summary>A team by id: its available members ring at once.</summary>
    Team,

    /// <summary>A phone number (or an extension) typed in; the outbound policy applies.</summary>
    Number,
}

/// <summary>Where a call goes: what the transfer picker chose.</summary>
public sealed record TransferTarget(TransferTargetKind Kind, string Value)
{
    public static TransferTarget Agent(string identityOrExtension) => new(TransferTargetKind.Agent, identityOrExtension);

    public static TransferTarget Team(int teamId) => new(TransferTargetKind.Team, teamId.ToString(CultureInfo.InvariantCulture));

    public static TransferTarget Number(string number) => new(TransferTargetKind.Number, number);
}

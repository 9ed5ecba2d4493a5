using Ispecia.Voip.Core.Accounts;

namespace Ispecia.Voip.Core.Calls.Outbound;

/// <summary>What a dialled text resolved to: another agent, a phone number, or a refusal with its reason.</summary>
public sealed record OutboundTarget(VoipAccount? Agent, string? Number, string? RefusalReason)
{
    public bool IsRefused => RefusalReason is not null;

    public static OutboundTarget ForAgent(VoipAccount agent) => new(agent, null, null);

    public static OutboundTarget ForNumber(string e164) => new(null, e164, null);

    public static OutboundTarget Refused(string reason) => new(null, null, reason);
}

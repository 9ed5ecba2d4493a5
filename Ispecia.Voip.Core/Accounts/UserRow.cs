namespace Ispecia.Voip.Core.Accounts;

/// <summary>A user as the accounts grid shows them, with their softphone line if they have one.</summary>
public sealed record UserRow(string Id, string Email, string DisplayName, string Role, bool IsActive, VoipLineView? Line);

/// <summary>A user's VoIP account: client identity, extension, caller ID (E.164) and whether the line may be used.</summary>
public sealed record VoipLineView(string Identity, string? Extension, string? CallerId, bool IsActive);

/// <summary>A user who has a VoIP account, for the agent and team-member pickers.</summary>
public sealed record VoipUserOption(string UserId, string DisplayName, string Identity, bool IsActive);

namespace Ispecia.Voip.Core.Teams;

/// <summary>A team as the admin grid shows it: members by name, and the inbound routes that ring it.</summary>
public sealed record TeamRow(int Id, string Name, string? CallerId, IReadOnlyList<TeamMemberView> Members, IReadOnlyList<string> RouteNames);

public sealed record TeamMemberView(string UserId, string DisplayName);

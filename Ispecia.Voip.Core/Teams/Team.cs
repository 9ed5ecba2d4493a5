using Ispecia.Voip.Core.Accounts;

namespace Ispecia.Voip.Core.Teams;

/// <summary>A group of agents: an inbound route destination (ring all available members) and a caller ID.</summary>
public class Team
{
    public const int NameMaxLength = 80;

    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? CallerId { get; set; }

    public List<TeamMember> Members { get; set; } = [];
}

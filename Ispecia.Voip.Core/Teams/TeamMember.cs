using Ispecia.Voip.Core.Accounts;

namespace Ispecia.Voip.Core.Teams;

public class TeamMember
{
    public int TeamId { get; set; }

    public Team? Team { get; set; }

    public string UserId { get; set; } = "";

    public AppUser? User { get; set; }
}

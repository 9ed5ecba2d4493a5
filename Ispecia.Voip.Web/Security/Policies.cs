using Microsoft.AspNetCore.Authorization;

namespace Ispecia.Voip.Web.Security;

/// <summary>Authorization policies for pages, endpoints and the hub (docs/architecture.md section 9).</summary>
public static class Policies
{
    /// <summary>Any signed-in staff member: agents, supervisors, admins.</summary>
    public const string Staff = "Staff";

    /// <summary>Read access to everyone's calls and recordings.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Settings and destructive actions.</summary>
    public const string Admin = "Admin";

    public static AuthorizationBuilder AddVoipPolicies(this AuthorizationBuilder builder) => builder
        .AddPolicy(Staff, p => p.RequireAuthenticatedUser().RequireRole(Roles.Agent, Roles.Supervisor, Roles.Admin))
        .AddPolicy(Supervisor, p => p.RequireAuthenticatedUser().RequireRole(Roles.Supervisor, Roles.Admin))
        .AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireRole(Roles.Admin));
}

using System.Security.Claims;
using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Accounts.Model;
using Ispecia.Voip.Core.Common;
using Ispecia.Voip.Core.Leads;
using Ispecia.Voip.Web.Endpoints;
using Ispecia.Voip.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Ispecia.Voip.Web.Leads;

/// <summary>/api/leads: the CRM's leads for integrators. Staff read and write; admins delete.</summary>
public static class LeadsApi
{
    public static IEndpointRouteBuilder MapLeadsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/leads").WithTags("Leads").RequireAuthorization(Policies.Staff);
        group.MapGet("/", SearchAsync);
        group.MapGet("/{id:int}", GetAsync);
        group.MapPost("/", CreateAsync).Validate<LeadRequest>();
        group.MapPut("/{id:int}", UpdateAsync).Validate<LeadRequest>();
        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(Policies.Admin);
        return app;
    }

    private static async Task<Ok<PagedResult<LeadRow>>> SearchAsync(
        LeadService leads, string? search, LeadStatus? status, int? page, int? pageSize, string? sortBy, bool? descending,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await leads.SearchAsync(
            new PageQuery(search, page ?? 0, pageSize ?? 25, sortBy, descending ?? false), status, cancellationToken));

    private static async Task<Results<Ok<LeadDetailResponse>, NotFound>> GetAsync(int id, LeadService leads, CancellationToken cancellationToken)
    {
        var lead = await leads.GetAsync(id, cancellationToken);
        return lead is null ? TypedResults.NotFound() : TypedResults.Ok(LeadDetailResponse.From(lead, leads));
    }

    private static async Task<Created<IdResponse>> CreateAsync(
        LeadRequest request, LeadService leads, ClaimsPrincipal user, UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        var id = await leads.CreateAsync(request, users.GetUserId(user), cancellationToken);
        return TypedResults.Created($"/api/leads/{id}", new IdResponse(id));
    }

    private static async Task<Results<NoContent, NotFound>> UpdateAsync(int id, LeadRequest request, LeadService leads, CancellationToken cancellationToken) =>
        await leads.UpdateAsync(id, request, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int id, LeadService leads, CancellationToken cancellationToken) =>
        await leads.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}

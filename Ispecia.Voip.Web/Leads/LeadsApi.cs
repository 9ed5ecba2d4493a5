using Ispecia.Voip.Core.Leads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ispecia.Voip.Web.Leads;

/// <summary>/api/leads: the CRM's leads for integrators. Staff read and write; admins delete.</summary>
public static class LeadsApi
{
    private const string Path = "/api/leads";

    public static IEndpointRouteBuilder MapLeadsApi(this IEndpointRouteBuilder app) =>
        app.MapCrmRecordApi<LeadRequest>(Path, "Leads", SearchAsync, GetAsync, CreateAsync, UpdateAsync, DeleteAsync);

    private static async Task<Ok<PagedResult<LeadRow>>> SearchAsync(
        LeadService leads, string? search, LeadStatus? status, int? page, int? pageSize, string? sortBy, bool? descending,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await leads.SearchAsync(CrmRecordEndpoints.Page(search, page, pageSize, sortBy, descending), status, cancellationToken));

    private static async Task<Results<Ok<LeadDetailResponse>, NotFound>> GetAsync(int id, LeadService leads, CancellationToken cancellationToken)
    {
        var lead = await leads.GetAsync(id, cancellationToken);
        return lead is null ? TypedResults.NotFound() : TypedResults.Ok(LeadDetailResponse.From(lead, leads));
    }

    private static async Task<Created<IdResponse>> CreateAsync(
        LeadRequest request, LeadService leads, ClaimsPrincipal user, UserManager<AppUser> users, CancellationToken cancellationToken) =>
        CrmRecordEndpoints.Created(Path, await leads.CreateAsync(request, users.GetUserId(user), cancellationToken));

    private static async Task<Results<NoContent, NotFound>> UpdateAsync(int id, LeadRequest request, LeadService leads, CancellationToken cancellationToken) =>
        CrmRecordEndpoints.NoContentOrNotFound(await leads.UpdateAsync(id, request, cancellationToken));

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int id, LeadService leads, CancellationToken cancellationToken) =>
        CrmRecordEndpoints.NoContentOrNotFound(await leads.DeleteAsync(id, cancellationToken));
}

using System.Security.Claims;
using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Accounts.Model;
using Ispecia.Voip.Core.Common;
using Ispecia.Voip.Core.Contacts;
using Ispecia.Voip.Web.Endpoints;
using Ispecia.Voip.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace Ispecia.Voip.Web.Contacts;

/// <summary>/api/contacts: the CRM's contacts for integrators. Staff read and write; admins delete.</summary>
public static class ContactsApi
{
    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/contacts").WithTags("Contacts").RequireAuthorization(Policies.Staff);
        group.MapGet("/", SearchAsync);
        group.MapGet("/{id:int}", GetAsync);
        group.MapPost("/", CreateAsync).Validate<ContactRequest>();
        group.MapPut("/{id:int}", UpdateAsync).Validate<ContactRequest>();
        group.MapDelete("/{id:int}", DeleteAsync).RequireAuthorization(Policies.Admin);
        return app;
    }

    private static async Task<Ok<PagedResult<ContactRow>>> SearchAsync(
        ContactService contacts, string? search, int? page, int? pageSize, string? sortBy, bool? descending, CancellationToken cancellationToken) =>
        TypedResults.Ok(await contacts.SearchAsync(
            new PageQuery(search, page ?? 0, pageSize ?? 25, sortBy, descending ?? false), cancellationToken));

    private static async Task<Results<Ok<ContactDetailResponse>, NotFound>> GetAsync(int id, ContactService contacts, CancellationToken cancellationToken)
    {
        var contact = await contacts.GetAsync(id, cancellationToken);
        return contact is null ? TypedResults.NotFound() : TypedResults.Ok(ContactDetailResponse.From(contact, contacts));
    }

    private static async Task<Created<IdResponse>> CreateAsync(
        ContactRequest request, ContactService contacts, ClaimsPrincipal user, UserManager<AppUser> users, CancellationToken cancellationToken)
    {
        var id = await contacts.CreateAsync(request, users.GetUserId(user), cancellationToken);
        return TypedResults.Created($"/api/contacts/{id}", new IdResponse(id));
    }

    private static async Task<Results<NoContent, NotFound>> UpdateAsync(int id, ContactRequest request, ContactService contacts, CancellationToken cancellationToken) =>
        await contacts.UpdateAsync(id, request, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int id, ContactService contacts, CancellationToken cancellationToken) =>
        await contacts.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}

using Ispecia.Voip.Core.Contacts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ispecia.Voip.Web.Contacts;

/// <summary>/api/contacts: the CRM's contacts for integrators. Staff read and write; admins delete.</summary>
public static class ContactsApi
{
    private const string Path = "/api/contacts";

    public static IEndpointRouteBuilder MapContactsApi(this IEndpointRouteBuilder app) =>
        app.MapCrmRecordApi<ContactRequest>(Path, "Contacts", SearchAsync, GetAsync, CreateAsync, UpdateAsync, DeleteAsync);

    private static async Task<Ok<PagedResult<ContactRow>>> SearchAsync(
        ContactService contacts, string? search, int? page, int? pageSize, string? sortBy, bool? descending, CancellationToken cancellationToken) =>
        TypedResults.Ok(await contacts.SearchAsync(CrmRecordEndpoints.Page(search, page, pageSize, sortBy, descending), cancellationToken));

    private static async Task<Results<Ok<ContactDetailResponse>, NotFound>> GetAsync(int id, ContactService contacts, CancellationToken cancellationToken)
    {
        var contact = await contacts.GetAsync(id, cancellationToken);
        return contact is null ? TypedResults.NotFound() : TypedResults.Ok(ContactDetailResponse.From(contact, contacts));
    }

    private static async Task<Created<IdResponse>> CreateAsync(
        ContactRequest request, ContactService contacts, ClaimsPrincipal user, UserManager<AppUser> users, CancellationToken cancellationToken) =>
        CrmRecordEndpoints.Created(Path, await contacts.CreateAsync(request, users.GetUserId(user), cancellationToken));

    private static async Task<Results<NoContent, NotFound>> UpdateAsync(int id, ContactRequest request, ContactService contacts, CancellationToken cancellationToken) =>
        CrmRecordEndpoints.NoContentOrNotFound(await contacts.UpdateAsync(id, request, cancellationToken));

    private static async Task<Results<NoContent, NotFound>> DeleteAsync(int id, ContactService contacts, CancellationToken cancellationToken) =>
        CrmRecordEndpoints.NoContentOrNotFound(await contacts.DeleteAsync(id, cancellationToken));
}

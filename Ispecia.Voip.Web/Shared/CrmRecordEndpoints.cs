using Microsoft.AspNetCore.Http.HttpResults;

namespace Ispecia.Voip.Web.Shared;

/// <summary>
/// What /api/contacts and /api/leads share: the same five routes and rules (staff read and write, admins delete,
/// bodies validated), the same paging defaults and the same results for writes.
/// </summary>
internal static class CrmRecordEndpoints
{
    public const int DefaultPageSize = 25;

    /// <summary>GET / and /{id}, POST / and PUT /{id} (body validated as <typeparamref name="TRequest"/>), DELETE /{id}.</summary>
    public static IEndpointRouteBuilder MapCrmRecordApi<TRequest>(
        this IEndpointRouteBuilder app, string path, string tag, Delegate search, Delegate get, Delegate create, Delegate update, Delegate delete)
    {
        var group = app.MapGroup(path).WithTags(tag).RequireAuthorization(Policies.Staff);
        group.MapGet("/", search);
        group.MapGet("/{id:int}", get);
        group.MapPost("/", create).Validate<TRequest>();
        group.MapPut("/{id:int}", update).Validate<TRequest>();
        group.MapDelete("/{id:int}", delete).RequireAuthorization(Policies.Admin);
        return app;
    }

    public static PageQuery Page(string? search, int? page, int? pageSize, string? sortBy, bool? descending) =>
        new(search, page ?? 0, pageSize ?? DefaultPageSize, sortBy, descending ?? false);

    public static Created<IdResponse> Created(string path, int id) => TypedResults.Created($"{path}/{id}", new IdResponse(id));

    public static Results<NoContent, NotFound> NoContentOrNotFound(bool found) => found ? TypedResults.NoContent() : TypedResults.NotFound();
}

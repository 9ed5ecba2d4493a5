using System.ComponentModel;
using Ispecia.Voip.Core.Calls;
using Ispecia.Voip.Core.Contacts;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ispecia.Voip.Web.Contacts;

/// <summary>GET /api/voip/contacts: the softphone's directory of callable contacts and leads.</summary>
public static class VoipContactsApi
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 50;
    private const int MaxSearchLength = 100;

    public static IEndpointRouteBuilder MapVoipContactsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/voip").WithTags("VoIP").RequireAuthorization(Policies.Staff)
            .MapGet("/contacts", Search)
            .WithName("GetCallableContacts")
            .WithSummary("Contacts and leads with callable numbers, searched by name, company or number.");
        return app;
    }

    private static async Task<Results<Ok<VoipContactsResponse>, ValidationProblem>> Search(
        [Description("Name, company or part of a number (3 or more digits).")] string? search,
        [Description("How many contacts and leads, 1 to 50; default 20.")] string? limit,
        CallableDirectory directory,
        CancellationToken cancellationToken)
    {
        var query = new QueryValues();
        var term = query.Text("search", search, MaxSearchLength);
        var size = query.Int("limit", limit, DefaultLimit, 1, MaxLimit);
        if (query.HasErrors)
        {
            return query.Problem();
        }

        return TypedResults.Ok(new VoipContactsResponse(await directory.SearchAsync(term, size, cancellationToken)));
    }
}

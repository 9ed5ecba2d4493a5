using Ispecia.Voip.Core.Contacts;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>What an admin can read: every page (prerendered HTML) and every GET the OpenAPI document describes, plus the token, the CSV export and the document itself.</summary>
internal static class AdminSurface
{
    public static readonly IReadOnlyList<string> Pages =
    [
        "/", "/calls", "/settings/voip/trunks", "/settings/voip/routes", "/settings/voip/recordings", "/settings/voip/accounts",
        "/settings/voip/teams", "/settings/voip/setup", "/settings/voip/audit", "/settings/voip/simulator",
    ];

    private static readonly object AdminSignIn = new { email = DemoAccounts.Admin, password = DemoUsers.Password };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// The admin's answers, pages through a browser-like cookie client, the API with a bearer token; path ids name the
    /// newest stored rows. <paramref name="baseAddress"/> is the app's address when it runs on Kestrel.
    /// </summary>
    public static async Task<IReadOnlyList<AdminResponse>> FetchAsync(VoipAppFactory factory, string baseAddress = "http://localhost")
    {
        var options = new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) };
        using var browser = factory.CreateClient(options);
        (await browser.PostAsJsonAsync("/api/auth/login?useCookies=true", AdminSignIn, Ct)).EnsureSuccessStatusCode();
        using var api = factory.CreateClient(options);
        var token = await (await api.PostAsJsonAsync("/api/auth/login", AdminSignIn, Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        var responses = new List<AdminResponse>();
        foreach (var page in Pages)
        {
            responses.Add(await SendAsync(browser, HttpMethod.Get, page));
        }

        var ids = await NewestIdsAsync(factory);
        var document = await api.GetFromJsonAsync<JsonElement>("/openapi/v1.json", Ct);
        foreach (var path in document.GetProperty("paths").EnumerateObject().Where(p => p.Value.TryGetProperty("get", out _)).Select(p => p.Name))
        {
            responses.Add(await SendAsync(api, HttpMethod.Get, Fill(path, ids)));
        }

        responses.Add(await SendAsync(api, HttpMethod.Post, "/api/voip/token"));
        responses.Add(await SendAsync(browser, HttpMethod.Get, "/calls/export.csv"));
        responses.Add(await SendAsync(api, HttpMethod.Get, "/openapi/v1.json"));
        return responses;
    }

    public static AdminResponse Page(IEnumerable<AdminResponse> responses, string path) => responses.Single(r => r.Request == $"GET {path}");

    private static async Task<AdminResponse> SendAsync(HttpClient client, HttpMethod method, string path)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(method, path), Ct);
        var headers = string.Join('\n', response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
        var body = await response.Content.ReadAsStringAsync(Ct);
        return new AdminResponse($"{method} {path}", response.StatusCode, body, headers + "\n\n" + body);
    }

    /// <summary>Fills "{id}" with the newest row the path is about, so each GET reads something real.</summary>
    private static string Fill(string path, IReadOnlyDictionary<string, int> ids)
    {
        if (!path.Contains("{id}", StringComparison.Ordinal))
        {
            return path;
        }

        var id = ids.Single(p => path.StartsWith(p.Key, StringComparison.Ordinal)).Value;
        var filled = path.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.DoesNotContain("{", filled, StringComparison.Ordinal);
        return filled;
    }

    private static async Task<IReadOnlyDictionary<string, int>> NewestIdsAsync(VoipAppFactory factory)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<VoipDbContext>>().CreateDbContextAsync(Ct);
        return new Dictionary<string, int>
        {
            ["/api/voip/calls/"] = await db.Calls.MaxAsync(c => c.Id, Ct),
            ["/api/voip/recordings/"] = await db.Recordings.MaxAsync(r => r.Id, Ct),
            ["/api/contacts/"] = await db.Contacts.MaxAsync(c => c.Id, Ct),
            ["/api/leads/"] = await db.Leads.MaxAsync(l => l.Id, Ct),
        };
    }
}

/// <param name="Text">Headers and body, where a secret must not be.</param>
internal sealed record AdminResponse(string Request, HttpStatusCode Status, string Body, string Text)
{
    public override string ToString() => $"{Request} -> {(int)Status}";
}

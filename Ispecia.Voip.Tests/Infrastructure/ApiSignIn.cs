namespace Ispecia.Voip.Tests.Infrastructure;

public static class ApiSignIn
{
    /// <summary>A client carrying the bearer token that /api/auth/login gives the user.</summary>
    public static async Task<HttpClient> CreateClientForAsync(this VoipAppFactory factory, string email, string password = DemoUsers.Password)
    {
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(TestContext.Current.CancellationToken);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }

    /// <summary>A cookie-carrying client signed in through /api/auth/login?useCookies=true, like a browser.</summary>
    public static async Task<HttpClient> CreateCookieClientForAsync(this VoipAppFactory factory, string email, string password = DemoUsers.Password)
    {
        var client = factory.CreateBrowserLikeClient();
        var response = await client.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return client;
    }

    private sealed record TokenResponse(string AccessToken);
}

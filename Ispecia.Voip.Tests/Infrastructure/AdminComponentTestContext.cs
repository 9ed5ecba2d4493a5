using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// The settings pages with the real admin services on SQLite (Identity, an ephemeral Data Protection key) and a
/// signed-in admin whose user row exists, so the audit trail can name them.
/// </summary>
public abstract class AdminComponentTestContext : VoipComponentTestContext
{
    protected const string AdminId = "admin-user-id";
    protected const string AdminEmail = "admin@ispecia.local";

    private IRenderedComponent<MudPopoverProvider>? popovers;

    protected AdminComponentTestContext()
    {
        Services.AddLogging();
        Services.AddIdentityCore<AppUser>(o => o.User.RequireUniqueEmail = true)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<VoipDbContext>();
        Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        AddAuthorization().SetAuthorized(AdminEmail).SetRoles(Roles.Admin).SetPolicies("Staff", "Supervisor", "Admin")
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, AdminId));
    }

    /// <summary>The host that MudSelect lists open in, rendered on first use.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers => popovers ??= Render<MudPopoverProvider>();

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected static AuditActor Admin => new(AdminId, AdminEmail);

    protected T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>A user in the database, with a VoIP account when <paramref name="identity"/> is given.</summary>
    protected async Task<string> AddUserAsync(string displayName, string? identity = null, string? extension = null, string? id = null)
    {
        await using var db = await Db.CreateDbContextAsync(Cancel);
        var email = $"{displayName.Replace(' ', '.').ToLowerInvariant()}@example.com";
        var user = new AppUser
        {
            Id = id ?? Guid.NewGuid().ToString(), UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email,
            NormalizedEmail = email.ToUpperInvariant(), DisplayName = displayName, SecurityStamp = Guid.NewGuid().ToString(),
        };
        if (identity is not null)
        {
            user.VoipAccount = new VoipAccount { Identity = identity, Extension = extension };
        }

        db.Users.Add(user);
        await db.SaveChangesAsync(Cancel);
        return user.Id;
    }

    /// <summary>Opens a dialog the way its page does; the returned task completes when it closes.</summary>
    protected async Task<(IRenderedComponent<MudDialogProvider> Provider, Task<T> Result)> OpenDialogAsync<T>(Func<IDialogService, Task<T>> show, string readySelector)
    {
        _ = Popovers;
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        Task<T> result = null!;

        // A statement lambda: the dialog's result completes only when it closes, so it must not be awaited here.
        await provider.InvokeAsync(() => { result = show(dialogs); });
        provider.WaitForElement(readySelector);
        return (provider, result);
    }

    /// <summary>Renders the dialog and popover hosts a page needs, then the page.</summary>
    protected (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<TPage> Page) RenderPage<TPage>() where TPage : Microsoft.AspNetCore.Components.IComponent
    {
        var dialogs = Render<MudDialogProvider>();
        _ = Popovers;
        return (dialogs, Render<TPage>());
    }

    /// <summary>Answers "Delete" in MudBlazor's message box.</summary>
    protected static async Task ConfirmAsync(IRenderedComponent<MudDialogProvider> dialogs)
    {
        var yes = dialogs.WaitForElement(".mud-message-box__yes-button");
        await yes.ClickAsync(new MouseEventArgs());
    }

    protected static Task ClickAsync(AngleSharp.Dom.IElement element) => element.ClickAsync(new MouseEventArgs());

    /// <summary>Opens the MudSelect marked <paramref name="testId"/> in <paramref name="host"/>; returns the options it lists.</summary>
    protected async Task<IReadOnlyList<string>> OpenSelectAsync<TComponent>(IRenderedComponent<TComponent> host, string testId)
        where TComponent : Microsoft.AspNetCore.Components.IComponent
    {
        var control = host.Find($"[data-testid={testId}]").Closest(".mud-input-control")
            ?? throw new InvalidOperationException($"{testId} is not a MudSelect.");
        await control.MouseDownAsync(new MouseEventArgs());
        return Popovers.WaitForElements(".mud-popover-open .mud-list-item").Select(e => e.TextContent.Trim()).ToList();
    }

    /// <summary>
    /// Opens the MudSelect marked <paramref name="testId"/> in <paramref name="host"/> and clicks each of <paramref name="options"/>
    /// (a single select closes after one; a multi-select stays open for the rest).
    /// </summary>
    protected async Task SelectAsync<TComponent>(IRenderedComponent<TComponent> host, string testId, params string[] options)
        where TComponent : Microsoft.AspNetCore.Components.IComponent
    {
        await OpenSelectAsync(host, testId);
        foreach (var option in options)
        {
            AngleSharp.Dom.IElement? item = null;
            Popovers.WaitForAssertion(() => item = Assert.Single(
                Popovers.FindAll(".mud-popover-open .mud-list-item"), e => e.TextContent.Trim() == option));
            await ClickAsync(item!);
        }
    }
}

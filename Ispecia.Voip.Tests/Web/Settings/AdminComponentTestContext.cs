using System.Security.Claims;
using Bunit;
using Ispecia.Voip.Core.Accounts;
using Ispecia.Voip.Core.Audit;
using Ispecia.Voip.Core.Data;
using Ispecia.Voip.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Ispecia.Voip.Tests.Web.Settings;

/// <summary>
/// The settings pages with the real admin services on SQLite (Identity, an ephemeral Data Protection key) and a
/// signed-in admin whose user row exists, so the audit trail can name them.
/// </summary>
public abstract class AdminComponentTestContext : VoipComponentTestContext
{
    protected const string AdminId = "admin-user-id";
    protected const string AdminEmail = "admin@ispecia.local";

    protected AdminComponentTestContext()
    {
        Services.AddLogging();
        Services.AddIdentityCore<AppUser>(o => o.User.RequireUniqueEmail = true)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<VoipDbContext>();
        Services.AddSingleton<IDataProtectionProvider>(new EphemeralDataProtectionProvider());
        Services.AddVoipAdmin();
        AddAuthorization().SetAuthorized(AdminEmail).SetRoles(Roles.Admin).SetPolicies("Staff", "Supervisor", "Admin")
            .SetClaims(new Claim(ClaimTypes.NameIdentifier, AdminId));
    }

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
        Render<MudPopoverProvider>();
        return (dialogs, Render<TPage>());
    }

    /// <summary>Answers "Delete" in MudBlazor's message box.</summary>
    protected static async Task ConfirmAsync(IRenderedComponent<MudDialogProvider> dialogs)
    {
        var yes = dialogs.WaitForElement(".mud-message-box__yes-button");
        await yes.ClickAsync(new MouseEventArgs());
    }

    protected static Task ClickAsync(AngleSharp.Dom.IElement element) => element.ClickAsync(new MouseEventArgs());
}

using System.Security.Claims;

namespace Ispecia.Voip.Tests.Infrastructure;

/// <summary>
/// The softphone with its JS module set up strictly: every call into Softphone.razor.js must be expected by the test.
/// An agent with an active line is stored in the database and signed in.
/// </summary>
public abstract class SoftphoneTestContext : VoipComponentTestContext
{
    protected const string ModulePath = "./Softphone/Softphone.razor.js";
    protected const string UserId = "user-agent-7";

    protected SoftphoneTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton(new TelephonyMode(true, "test", []));
        Services.AddSingleton<ICallControls>(CallControls);
        AddAuthorization().SetAuthorized("agent7@ispecia.local").SetRoles("Agent").SetClaims(new Claim(ClaimTypes.NameIdentifier, UserId));
        Module = JSInterop.SetupModule(ModulePath);
        Module.Mode = JSRuntimeMode.Strict;
        Session = Module.SetupModule("start", _ => true);
        Session.Mode = JSRuntimeMode.Strict;
    }

    /// <summary>The call view's hold, transfer and add, answered without a server.</summary>
    protected Ispecia.Voip.Tests.CallControl.FakeCallControls CallControls { get; } = new();

    protected BunitJSModuleInterop Module { get; }

    protected BunitJSModuleInterop Session { get; }

    protected async Task AddAgentAsync(bool active = true)
    {
        await using var db = await Db.CreateDbContextAsync(TestContext.Current.CancellationToken);
        db.Users.Add(new AppUser { Id = UserId, UserName = "agent7@ispecia.local", Email = "agent7@ispecia.local", DisplayName = "Agent Seven", IsActive = true });
        db.VoipAccounts.Add(new VoipAccount { UserId = UserId, Identity = "agent7", Extension = "107", IsActive = active });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    protected async Task<IRenderedComponent<Ispecia.Voip.Web.Softphone.Softphone>> RenderOpenAsync()
    {
        await AddAgentAsync();
        Render<MudBlazor.MudPopoverProvider>();
        var cut = Render<Ispecia.Voip.Web.Softphone.Softphone>();
        await cut.Find("[data-testid=softphone-toggle]").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        await cut.InvokeAsync(() => cut.Instance.OnRegistered());
        return cut;
    }
}

using Ispecia.Voip.Core.Reports;
using Ispecia.Voip.Web.Softphone;

namespace Ispecia.Voip.Web.Home;

/// <summary>The agent's day on the home page. Call back goes through the softphone's click-to-call; done is stored.</summary>
public sealed partial class AgentHome
{
    private AgentDay? day;
    private string userId = "";

    [Inject] private AgentHomeService Home { get; set; } = default!;
    [Inject] private SoftphoneController Softphone { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        userId = (await Auth.GetAuthenticationStateAsync()).User.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        day = await Home.TodayAsync(userId);
    }

    private async Task CallBackAsync(MissedCallback missed)
    {
        if (!Softphone.IsAvailable)
        {
            Snackbar.Add("The softphone is not ready: set up your line to call back from here.", Severity.Warning);
            return;
        }

        await Softphone.DialAsync(new DialRequest(missed.Number, missed.ContactId, missed.LeadId, missed.Name));
    }

    private async Task DoneAsync(MissedCallback missed)
    {
        await Home.MarkCalledBackAsync(userId, missed.CallId);
        // Reloaded rather than removed locally: a teammate may have marked it, or new missed calls arrived.
        day = await Home.TodayAsync(userId);
    }
}

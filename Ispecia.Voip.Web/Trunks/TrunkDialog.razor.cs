using Ispecia.Voip.Core.Audit;
using Ispecia.Voip.Core.Trunks;

namespace Ispecia.Voip.Web.Trunks;

public partial class TrunkDialog
{
    private TrunkRequest model = new();
    private bool hasPassword;

    [Inject]
    private TrunkService Trunks { get; set; } = default!;

    /// <summary>The trunk to edit; null for a new one.</summary>
    [Parameter]
    public int? TrunkId { get; set; }

    /// <summary>The priority a new trunk starts with.</summary>
    [Parameter]
    public int DefaultPriority { get; set; } = 1;

    protected override string GoneMessage => "This trunk no longer exists; it may have been deleted.";

    /// <summary>Opens the dialog; returns the saved trunk's id, or null when cancelled.</summary>
    public static async Task<int?> ShowAsync(IDialogService dialogs, int? trunkId, int defaultPriority) =>
        await OpenAsync(dialogs, trunkId is null ? "New trunk" : "Edit trunk",
                new DialogParameters<TrunkDialog> { { d => d.TrunkId, trunkId }, { d => d.DefaultPriority, defaultPriority } }, MaxWidth.Medium)
            is { Data: int id } ? id : null;

    protected override async Task OnInitializedAsync()
    {
        if (TrunkId is not { } id)
        {
            model.Priority = DefaultPriority;
        }
        else if (await Trunks.GetAsync(id) is { } trunk)
        {
            model = TrunkService.ToRequest(trunk);
            hasPassword = trunk.HasPassword;
        }
        else
        {
            ShowGone();
        }
    }

    protected override async Task<SaveOutcome> SaveModelAsync(AuditActor actor) =>
        await Trunks.SaveAsync(model, actor) is { } id ? SaveOutcome.Saved(id) : Gone();

    /// <summary>A new Twilio trunk starts with Twilio's address; a switch to SIP starts from the SIP defaults.</summary>
    private void ProviderChanged(TrunkProvider provider)
    {
        model.Provider = provider;
        if (TrunkId is not null)
        {
            return;
        }

        (model.Host, model.Port, model.Transport) = provider == TrunkProvider.Twilio
            ? ("api.twilio.com", 443, SipTransport.Tls)
            : (model.Host == "api.twilio.com" ? "" : model.Host, 5060, SipTransport.Udp);
    }
}

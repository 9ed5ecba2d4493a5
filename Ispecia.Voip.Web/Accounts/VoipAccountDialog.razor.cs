using Ispecia.Voip.Core.Audit;

namespace Ispecia.Voip.Web.Accounts;

public partial class VoipAccountDialog
{
    private VoipAccountRequest? model;
    private IReadOnlyList<string> numbers = [];
    private bool isNew;

    [Inject]
    private LineAdministration Lines { get; set; } = default!;

    [Inject]
    private PhoneNumberService Phones { get; set; } = default!;

    [Parameter, EditorRequired]
    public UserRow User { get; set; } = default!;

    /// <summary>Opens the editor; returns what to tell the admin once saved, or null when cancelled.</summary>
    public static async Task<string?> ShowAsync(IDialogService dialogs, UserRow user) =>
        await OpenAsync(dialogs, "VoIP account", new DialogParameters<VoipAccountDialog> { { d => d.User, user } }, MaxWidth.Small)
            is { Data: string message } ? message : null;

    protected override async Task OnInitializedAsync()
    {
        isNew = User.Line is null;
        model = await Lines.GetVoipAccountAsync(User.Id);
        if (model is null)
        {
            ShowGone();
            return;
        }

        // The stored caller ID stays selectable even if the app no longer owns it, so the form shows what is stored.
        var owned = await Lines.OwnedNumbersAsync();
        numbers = model.CallerId is { } current && !owned.Contains(current) ? [.. owned, current] : owned;
    }

    protected override async Task<SaveOutcome> SaveModelAsync(AuditActor actor) => Outcome(await Lines.SaveVoipAccountAsync(model!, actor));

    private string CallerIdText(string? number) => number is null ? "Team or main number" : Phones.FormatForDisplay(number);
}

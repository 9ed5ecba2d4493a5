using Ispecia.Voip.Core.Audit;
using Ispecia.Voip.Core.Teams;

namespace Ispecia.Voip.Web.Teams;

public partial class TeamDialog
{
    private TeamRequest model = new();
    private IReadOnlyList<VoipUserOption> lines = [];

    [Inject]
    private TeamService Teams { get; set; } = default!;

    [Inject]
    private LineAdministration Lines { get; set; } = default!;

    /// <summary>The team to edit; null for a new one.</summary>
    [Parameter]
    public int? TeamId { get; set; }

    protected override string GoneMessage => "This team no longer exists; it may have been deleted.";

    /// <summary>Opens the dialog; returns the saved team's id, or null when cancelled.</summary>
    public static async Task<int?> ShowAsync(IDialogService dialogs, int? teamId) =>
        await OpenAsync(dialogs, teamId is null ? "New team" : "Edit team", new DialogParameters<TeamDialog> { { d => d.TeamId, teamId } }, MaxWidth.Small)
            is { Data: int id } ? id : null;

    protected override async Task OnInitializedAsync()
    {
        lines = await Lines.ListLinesAsync();
        if (TeamId is not { } id)
        {
            return;
        }

        if (await Teams.GetAsync(id) is { } team)
        {
            model = team;
        }
        else
        {
            ShowGone();
        }
    }

    protected override async Task<SaveOutcome> SaveModelAsync(AuditActor actor) =>
        await Teams.SaveAsync(model, actor) is { } id ? SaveOutcome.Saved(id) : Gone();

    private void MembersChanged(IEnumerable<string?>? selected) => model.MemberIds = (selected ?? []).OfType<string>().ToList();

    private string MembersText(IReadOnlyList<string> selected) =>
        string.Join(", ", selected.Select(id => lines.FirstOrDefault(l => l.UserId == id)?.DisplayName ?? id));
}

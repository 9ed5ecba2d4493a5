using Ispecia.Voip.Core.Trunks;

namespace Ispecia.Voip.Web.Trunks;

public partial class TrunksPage
{
    private const string Saved = "Trunk saved.";

    private TrunkTestResult? test;
    private int? testing;

    [Inject]
    private TrunkService Trunks { get; set; } = default!;

    [Inject]
    private ITrunkConnectionTester Tester { get; set; } = default!;

    protected override Task<IReadOnlyList<TrunkRow>> ListAsync() => Trunks.ListAsync();

    private async Task AddAsync()
    {
        var next = Rows is { Count: > 0 } ? Rows.Max(t => t.Priority) + 1 : 1;
        await AfterAddAsync(await TrunkDialog.ShowAsync(Dialogs, trunkId: null, next) is null ? null : Saved);
    }

    private async Task EditAsync(TrunkRow trunk) => await AfterEditAsync(await TrunkDialog.ShowAsync(Dialogs, trunk.Id, trunk.Priority) is null ? null : Saved);

    private Task SetActiveAsync(TrunkRow trunk, bool active) => ChangeAsync(async actor =>
        await Trunks.SetActiveAsync(trunk.Id, active, actor)
            ? ChangeReport.Succeeded(active ? $"Trunk '{trunk.Name}' enabled." : $"Trunk '{trunk.Name}' disabled.")
            : ChangeReport.Refused($"Trunk '{trunk.Name}' no longer exists."));

    private async Task TestAsync(TrunkRow trunk)
    {
        testing = trunk.Id;
        test = null;
        try
        {
            test = await Tester.TestAsync(trunk.Id, CancellationToken.None);
        }
        finally
        {
            testing = null;
        }
    }

    private Task DeleteAsync(TrunkRow trunk) => ConfirmDeleteAsync(
        "Delete trunk?", $"Delete trunk '{trunk.Name}'? Past calls keep their history.",
        async actor =>
        {
            var result = await Trunks.DeleteAsync(trunk.Id, actor);
            return result.Deleted ? ChangeReport.Succeeded(result.Message) : ChangeReport.Refused($"Trunk '{trunk.Name}' was not deleted. {result.Message}");
        });
}

using Ispecia.Voip.Core.Calls.History;
using Ispecia.Voip.Core.Reports;
using Ispecia.Voip.Core.Teams;
using Ispecia.Voip.Web.Calls;

namespace Ispecia.Voip.Web.Reports;

/// <summary>
/// How the floor did over a range: totals, calls per hour or day by result, answer rate, busiest hours, talk time per
/// agent and the teams table, each exportable. Agents see their own figures only (the service enforces it).
/// </summary>
public sealed partial class ReportsPage
{
    private static readonly BarChartOptions BarOptions = new() { ShowLegend = false, YAxisTitle = "minutes" };

    private CallViewer viewer = new("", false);
    private ReportPeriod period = ReportPeriod.Last7Days;
    private DateRange? customDays;
    private int? teamId;
    private string? agentId;
    private string? error;
    private ReportFilter? filter;
    private CallsReport? report;
    private IReadOnlyList<TeamRow> teams = [];
    private IReadOnlyList<(string UserId, string Name)> agents = [];

    [Inject] private ReportQueryService Reports { get; set; } = default!;
    [Inject] private TeamService Teams { get; set; } = default!;
    [Inject] private SoftphoneLineService Lines { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Auth { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private string Scope => !viewer.SeesEveryone ? "Your calls"
        : agentId is not null ? agents.FirstOrDefault(a => a.UserId == agentId).Name ?? "One agent"
        : teamId is not null ? teams.FirstOrDefault(t => t.Id == teamId)?.Name ?? "One team"
        : "All calls";

    private List<ChartSeries<double>> AgentTalkSeries =>
        [new() { Name = "Talk (min)", Data = report!.Agents.Select(a => Math.Round(a.Figures.TotalTalkSeconds / 60, 1)).ToArray() }];

    private string[] AgentLabels => [.. report!.Agents.Select(a => a.Name)];

    protected override async Task OnInitializedAsync()
    {
        viewer = (await Auth.GetAuthenticationStateAsync()).User.ToCallViewer();
        if (viewer.SeesEveryone)
        {
            teams = await Teams.ListAsync();
            agents = await Lines.AgentsAsync();
        }

        await LoadAsync();
    }

    private string ExportUrl(ReportTable table) => filter is null ? "" : ReportsExport.Url(filter, table);

    private Task ChangePeriodAsync(ReportPeriod value)
    {
        period = value;
        if (value == ReportPeriod.Custom && customDays is null)
        {
            var today = Clock.GetUtcNow().UtcDateTime.Date;
            customDays = new DateRange(today.AddDays(-13), today);
        }

        return LoadAsync();
    }

    private Task ChangeCustomAsync(DateRange? value)
    {
        customDays = value;
        return LoadAsync();
    }

    private Task ChangeTeamAsync(int? value)
    {
        teamId = value;
        return LoadAsync();
    }

    private Task ChangeAgentAsync(string? value)
    {
        agentId = value;
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        error = null;
        var range = period == ReportPeriod.Custom ? CustomRange() : ReportRange.Preset(period, Clock.GetUtcNow());
        if (range is null)
        {
            return;
        }

        filter = new ReportFilter(viewer, range) { TeamId = teamId, AgentUserId = agentId };
        report = await Reports.RunAsync(filter);
    }

    private ReportRange? CustomRange()
    {
        if (customDays?.Start is not { } start || customDays.End is not { } end)
        {
            error = "Choose the first and last day.";
            return null;
        }

        var range = ReportRange.Custom(DateOnly.FromDateTime(start), DateOnly.FromDateTime(end), out var problem);
        error = problem;
        return range;
    }
}

using Ispecia.Voip.Core.Routing;

namespace Ispecia.Voip.Web.Routing;

/// <summary>The "which route wins?" panel: InboundRouter.Match over the stored routes, with its explanation.</summary>
public partial class RouteTester
{
    private string? called;
    private string? caller;
    private string? inputError;
    private RouteMatch? match;
    private string? twiml;
    private bool running;
    private int testedRevision;

    [Inject]
    private InboundRouteService Routes { get; set; } = default!;

    [Inject]
    private PhoneNumberService Phones { get; set; } = default!;

    [Inject]
    private Core.Queues.CallQueueService Queues { get; set; } = default!;

    private IReadOnlyDictionary<int, string> queueNames = new Dictionary<int, string>();

    /// <summary>Goes up whenever the page reloads the routes; a result on show is then worked out again.</summary>
    [Parameter]
    public int Revision { get; set; }

    /// <summary>Resolves the optional <see cref="IRouteTwimlPreview"/>, which the voice webhook may register.</summary>
    [Inject]
    private IServiceProvider Services { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (Revision != testedRevision && match is not null)
        {
            await RunAsync();
        }

        testedRevision = Revision;
    }

    private async Task RunAsync()
    {
        inputError = null;
        match = null;
        twiml = null;
        if (string.IsNullOrWhiteSpace(called))
        {
            inputError = "Enter the number that was called, e.g. +14155550100.";
            return;
        }

        running = true;
        try
        {
            match = await Routes.TestAsync(called.Trim(), string.IsNullOrWhiteSpace(caller) ? null : caller.Trim());
            queueNames = (await Queues.NamesAsync()).ToDictionary(q => q.Id, q => q.Name);
            twiml = await PreviewAsync(match);
        }
        finally
        {
            running = false;
        }
    }

    private async Task<string?> PreviewAsync(RouteMatch result)
    {
        if (result.Route is null || Services.GetService(typeof(IRouteTwimlPreview)) is not IRouteTwimlPreview preview)
        {
            return null;
        }

        try
        {
            return await preview.PreviewAsync(result.Route, result.Called, result.Caller);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or FormatException)
        {
            return $"(No preview: {ex.Message})";
        }
    }
}

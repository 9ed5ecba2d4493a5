using Ispecia.Voip.Core.CallControl;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>Picks whom the call goes to (or who joins it): a colleague or team from the list, or a typed number.</summary>
public sealed partial class SoftphoneTransferPicker
{
    private IReadOnlyList<TransferChoice> choices = [];
    private string search = "";
    private string number = "";
    private TransferTarget? chosen;

    [Parameter, EditorRequired]
    public Softphone Phone { get; set; } = default!;

    /// <summary>Adding a third party rather than transferring.</summary>
    [Parameter]
    public bool AddMode { get; set; }

    [Parameter]
    public EventCallback OnClose { get; set; }

    /// <summary>A typed number wins over a chosen colleague.</summary>
    private TransferTarget? Target => number.Trim().Length > 0 ? TransferTarget.Number(number.Trim()) : chosen;

    protected override async Task OnInitializedAsync() => choices = await Phone.TransferChoicesAsync(null);

    private async Task SearchAsync(string text)
    {
        search = text;
        choices = await Phone.TransferChoicesAsync(text);
    }

    private void Choose(TransferChoice choice)
    {
        chosen = choice.Target;
        number = "";
    }

    private void TypeNumber(string text) => number = text;

    private Task BlindAsync() => ActAsync(Phone.BlindTransferAsync);

    private Task ConsultAsync() => ActAsync(Phone.ConsultAsync);

    private Task AddAsync() => ActAsync(Phone.AddParticipantAsync);

    private async Task ActAsync(Func<TransferTarget, Task> action)
    {
        if (Target is { } target)
        {
            await action(target);
            await OnClose.InvokeAsync();
        }
    }

    private static string PresenceWord(string presence) => presence switch
    {
        "on-call" => "on a call",
        "wrap-up" => "wrapping up",
        "away" => "away",
        "dnd" => "do not disturb",
        "offline" => "offline",
        "available" => "ready",
        _ => "",
    };
}

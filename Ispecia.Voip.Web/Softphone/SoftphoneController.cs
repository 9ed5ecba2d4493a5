namespace Ispecia.Voip.Web.Softphone;

/// <summary>
/// Lets any page of the circuit drive the softphone (click-to-call): the softphone subscribes, pages publish.
/// Scoped: one per browser tab.
/// </summary>
public sealed class SoftphoneController
{
    public event Func<DialRequest, Task>? DialRequested;

    public bool IsAvailable => DialRequested is not null;

    public Task DialAsync(DialRequest request) => DialRequested?.Invoke(request) ?? Task.CompletedTask;
}


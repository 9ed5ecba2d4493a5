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

/// <summary>A number to call, and the contact or lead the call is about.</summary>
public sealed record DialRequest(string Number, int? ContactId = null, int? LeadId = null, string? Name = null);

namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// The outermost handler of the Twilio HttpClient: links the library's request to <see cref="RequestCancellation.Current"/>,
/// so a request whose caller has gone (a closed browser tab, a shutting-down app) is abandoned, retries included.
/// </summary>
public sealed class RequestCancellationHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var caller = RequestCancellation.Current;
        if (!caller.CanBeCanceled)
        {
            return await base.SendAsync(request, cancellationToken);
        }

        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, caller);
        return await base.SendAsync(request, linked.Token);
    }
}

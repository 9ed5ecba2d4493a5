using Ispecia.Voip.Core.Presence;
using Microsoft.JSInterop;

namespace Ispecia.Voip.Web.Softphone;

/// <summary>
/// Softphone.razor.js as the component sees it: imported on first start, one started session (Twilio Device and hub
/// connection) for the agent's line, stopped when the line changes. Calls into a session not started do nothing.
/// </summary>
public sealed class SoftphoneModule(IJSRuntime js, NavigationManager navigation, TelephonyMode mode, IOptions<PresenceOptions> presence) : IAsyncDisposable
{
    private const string Path = "./Softphone/Softphone.razor.js";

    private IJSObjectReference? module;
    private IJSObjectReference? session;

    /// <summary>The browser module has started: the buttons do something.</summary>
    public bool IsStarted => session is not null;

    /// <summary>Registers the Device for <paramref name="identity"/>; the browser reports back to <paramref name="callbacks"/>.</summary>
    public async Task StartAsync<TCallbacks>(DotNetObjectReference<TCallbacks> callbacks, string identity)
        where TCallbacks : class
    {
        module ??= await js.InvokeAsync<IJSObjectReference>("import", Path);
        session = await module.InvokeAsync<IJSObjectReference>("start", callbacks, new
        {
            identity,
            hubUrl = navigation.ToAbsoluteUri("/hubs/voip").ToString(),
            sounds = SoftphoneSounds.Names.ToDictionary(name => name, name => navigation.ToAbsoluteUri(SoftphoneSounds.UrlOf(name)).ToString()),
            // The simulator has no Insights to post to.
            publishEvents = !mode.IsSimulator,
            heartbeatSeconds = presence.Value.HeartbeatSeconds,
        });
    }

    /// <summary>Unregisters the Device and closes the hub connection of this tab.</summary>
    public async Task StopAsync()
    {
        if (session is null)
        {
            return;
        }

        var stopping = session;
        session = null;
        await stopping.InvokeVoidAsync("dispose");
        await stopping.DisposeAsync();
    }

    public async Task InvokeVoidAsync(string method, params object?[] args)
    {
        if (session is not null)
        {
            await session.InvokeVoidAsync(method, args);
        }
    }

    /// <summary>The session's answer, or <paramref name="notStarted"/> when there is no session.</summary>
    public async Task<T> InvokeAsync<T>(string method, T notStarted, params object?[] args) =>
        session is null ? notStarted : await session.InvokeAsync<T>(method, args);

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
            if (module is not null)
            {
                var disposing = module;
                module = null;
                await disposing.DisposeAsync();
            }
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone; nothing to clean up there.
        }
    }
}

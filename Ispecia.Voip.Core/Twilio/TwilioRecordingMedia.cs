namespace Ispecia.Voip.Core.Twilio;

/// <summary>
/// A recording's media as Twilio answered it, still streaming: pass the headers and <see cref="Content"/>
/// through to the browser, then dispose this to release the connection.
/// </summary>
public sealed class TwilioRecordingMedia : IDisposable, IAsyncDisposable
{
    private readonly HttpResponseMessage response;

    internal TwilioRecordingMedia(HttpResponseMessage response, Stream content)
    {
        this.response = response;
        Content = content;
    }

    /// <summary>200, 206 for a range, or 416 when the requested range is outside the file.</summary>
    public HttpStatusCode StatusCode => response.StatusCode;

    public string? ContentType => response.Content.Headers.ContentType?.ToString();

    public long? ContentLength => response.Content.Headers.ContentLength;

    /// <summary>e.g. "bytes 0-1023/48000" for a 206.</summary>
    public string? ContentRange => response.Content.Headers.ContentRange?.ToString();

    public string? AcceptRanges => response.Headers.AcceptRanges.Count == 0 ? null : string.Join(", ", response.Headers.AcceptRanges);

    /// <summary>The body, read straight from the connection (not buffered).</summary>
    public Stream Content { get; }

    public void Dispose()
    {
        Content.Dispose();
        response.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await Content.DisposeAsync();
        response.Dispose();
    }
}

using System.Text;
using Microsoft.Net.Http.Headers;

namespace Ispecia.Voip.Web.Endpoints;

/// <summary>
/// Refuses a body whose Content-Type names a charset .NET cannot decode (charset=bogus, or UTF-7, which .NET has
/// disabled) with 415, before any form or JSON reader throws on it.
/// </summary>
public static class RequestCharsetCheck
{
    public static IApplicationBuilder UseRequestCharsetCheck(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (UnsupportedCharset(context.Request.ContentType) is { } charset)
            {
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                if (DependencyInjection.IsMachineFacing(context.Request.Path))
                {
                    await Results.Problem(
                        $"The charset '{charset}' is not supported; send UTF-8.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported charset")
                        .ExecuteAsync(context);
                }

                return;
            }

            await next(context);
        });

    /// <summary>The charset named in the content type when it cannot be decoded; null when it can or none is named.</summary>
    public static string? UnsupportedCharset(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var mediaType) || !mediaType.Charset.HasValue)
        {
            return null;
        }

        var charset = mediaType.Charset.Value!.Trim('"');
        try
        {
            _ = Encoding.GetEncoding(charset);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException)
        {
            return charset;
        }
    }
}

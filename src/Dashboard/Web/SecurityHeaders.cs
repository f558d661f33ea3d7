using System.Security.Cryptography;

namespace IndicadoresServicio.Dashboard.Web;

/// <summary>
/// Headers on every response. The content security policy lets the browser load nothing from another host (the
/// dashboard runs offline, and a page that tried would be a bug or an injection) and run only the inline scripts
/// that carry this request's nonce: the Plotly charts. Plotly sets inline styles, so those stay allowed.
/// </summary>
public static class SecurityHeaders
{
    private const string NonceKey = "indicadores:nonce";

    public static string Nonce(HttpContext context) => (string)context.Items[NonceKey]!;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
            "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        // Pages, downloads, PDFs and the API carry figures of one person's access: never kept by a browser or a proxy
        // for the next user of the machine. The static assets set their own long-lived caching over this.
        headers.CacheControl = "no-store";
        await next(context);
    });
}

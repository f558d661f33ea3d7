using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Hosting.Health;
using IndicadoresServicio.Dashboard.Settings;
using IndicadoresServicio.Dashboard.Web.Caching;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace IndicadoresServicio.Dashboard.Hosting.Metrics;

/// <summary><c>/metrics</c> (Prometheus text format) and the middleware that times every request by its route template.</summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    /// <summary>What a request that matched no endpoint is counted as: its raw path is never a label.</summary>
    public const string Unrouted = "(sin ruta)";

    /// <summary>Times each request; goes before routing, and reads the matched endpoint once the request is done.</summary>
    public static void UseRequestMetrics(this WebApplication app)
    {
        var metrics = app.Services.GetRequiredService<ServerMetrics>();
        app.Use(async (http, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            var endpoint = new FirstEndpoint(http.Features);
            http.Features.Set<IEndpointFeature>(endpoint);
            try
            {
                await next(http);
            }
            finally
            {
                var page = endpoint.First is RouteEndpoint route ? "/" + (route.RoutePattern.RawText ?? "").TrimStart('/') : Unrouted;
                if (page != Path)
                {
                    metrics.Requests.WithLabels(page, http.Request.Method, http.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)).Inc();
                    metrics.Latency.WithLabels(page).Observe(Stopwatch.GetElapsedTime(started).TotalSeconds);
                }
            }
        });
    }

    /// <summary>
    /// Remembers the endpoint routing first chose: an error status is answered by re-running the request as the error
    /// page, and the request belongs to the page it asked for (or to none, when nothing matched), not to the error page.
    /// </summary>
    private sealed class FirstEndpoint(IFeatureCollection features) : IEndpointFeature
    {
        private bool _assigned;
        private Endpoint? _current;

        public Endpoint? First { get; private set; }

        public Endpoint? Endpoint
        {
            get => _current;
            set
            {
                _current = value;
                if (_assigned)
                    return;
                _assigned = true;
                // Assigned first while the error page runs: the request itself matched nothing.
                First = features.Get<IStatusCodeReExecuteFeature>() is null ? value : null;
            }
        }
    }

    public static void MapMetrics(this WebApplication app, Warehouse warehouse)
    {
        var metrics = app.Services.GetRequiredService<ServerMetrics>();
        var key = app.Services.GetRequiredService<IndicadoresSettings>().Metricas.Clave;
        app.MapGet(Path, async (HttpContext http) =>
        {
            if (!await MayRead(http, key))
                return Results.StatusCode(http.User.Identity?.IsAuthenticated == true ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized);
            metrics.Refresh(warehouse, http.RequestServices.GetService<JobOutcomes>(), http.RequestServices.GetService<ResultCache>());
            using var text = new MemoryStream();
            await metrics.Registry.CollectAndExportAsTextAsync(text, http.RequestAborted);
            return Results.Bytes(text.ToArray(), "text/plain; version=0.0.4; charset=utf-8");
        }).AllowAnonymous();
    }

    private static async Task<bool> MayRead(HttpContext http, string? key)
    {
        if (http.User.IsInRole(Roles.Admin))
            return true;
        if ((await http.AuthenticateAsync(ServerTokenAuthentication.SchemeName)).Succeeded)
            return true;
        var authorization = http.Request.Headers.Authorization.ToString();
        return key is { Length: > 0 } && authorization.StartsWith("Bearer ", StringComparison.Ordinal)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(authorization[7..].Trim()), Encoding.UTF8.GetBytes(key));
    }
}

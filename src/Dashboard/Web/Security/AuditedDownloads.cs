using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Security;

/// <summary>
/// Puts every download a person got (a table, the petitions' detail, a report) on the audit trail, in one place
/// rather than in each page's handler: the Razor handler «descargar» and the PDF reports, when they answered 200.
/// The detail names the page, the dependency and entity the rule let the person see, and the filters asked.
/// </summary>
public static class AuditedDownloads
{
    public static void UseAuditedDownloads(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        await next();
        if (context.Response.StatusCode != StatusCodes.Status200OK || DashboardUser.From(context.User) is not { } user)
            return;
        var report = context.Request.Path.Equals(ReportDownload.Path, StringComparison.OrdinalIgnoreCase);
        var handler = context.GetRouteValue("handler")?.ToString() ?? context.Request.Query["handler"].ToString();
        if (!report && !string.Equals(handler, "descargar", StringComparison.OrdinalIgnoreCase))
            return;
        var warehouse = context.RequestServices.GetRequiredService<Warehouse>();
        AuditTrail.Record(warehouse, user.UserName, report ? AuditTrail.Actions.Report : AuditTrail.Actions.Download, Detail(context, user),
            context.Connection.RemoteIpAddress?.ToString());
    });

    private static string Detail(HttpContext context, DashboardUser user)
    {
        var query = context.Request.Query;
        var parts = new List<string> { context.Request.Path.Value ?? "" };
        // A secretaría that names no dependency gets its own; an account confined to an entity gets that one.
        var dependency = query["dependencia"].ToString() is { Length: > 0 } d ? d : user.Dependency;
        var entity = query["entidad"].ToString() is { Length: > 0 } e ? e : user.Entity;
        if (dependency is not null)
            parts.Add("dependencia: " + dependency);
        if (entity is not null)
            parts.Add("entidad: " + entity);
        var rest = query.Where(p => p.Key is not ("dependencia" or "entidad" or "handler")).Select(p => $"{p.Key}={p.Value}").ToList();
        if (rest.Count > 0)
            parts.Add(string.Join("&", rest));
        return string.Join(" · ", parts);
    }
}

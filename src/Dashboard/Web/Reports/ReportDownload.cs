using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Reports;
using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Dashboard.Web.Security;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// «Descargar PDF» on the dashboard: /informes/pdf with the page's filters prints the ficha of the dependency shown,
/// or the Comité's report when the page shows every dependency. The same access rules as the pages apply: a
/// secretaría gets its own ficha only, and a user confined to an entity that entity's reports only.
/// </summary>
public static class ReportDownload
{
    public const string Path = "/informes/pdf";

    public static void MapReportDownload(this WebApplication app, Installation installation) =>
        app.MapGet(Path, (HttpContext http, Warehouse warehouse, ColombianClock clock, PdfQueue queue) => Download(http, installation, warehouse, clock, queue));

    private static async Task<IResult> Download(HttpContext http, Installation installation, Warehouse warehouse, ColombianClock clock, PdfQueue queue)
    {
        var user = DashboardUser.From(http.User);
        if (user is null)
            return Results.Forbid();
        var filters = DashboardFilters.Parse(http.Request.Query, clock.Today).Filters;
        var dependency = filters.Dependency ?? Access.DefaultDependency(user);
        if (!Access.CanSeeDependency(user, dependency))
            return Results.Forbid();
        var entity = Access.EntityOfReport(user, FilterChoices.Load(warehouse).Entities.Select(c => c.Value).ToList(), filters.Entity);
        if (entity.Refused)
            return Results.Forbid();
        // A report measures statuses at a cut-off no earlier than the period's end.
        var cutOff = filters.CutOff < filters.To ? filters.To : filters.CutOff;
        var order = new ReportOrder(dependency is null ? ReportKind.Committee : ReportKind.Scorecard, Period.Of(filters.From, filters.To), cutOff, dependency);
        var (place, refusal) = queue.Admit(user.UserName);
        if (place is null)
            return Busy(http, refusal);
        using var _ = place;
        var pdf = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"indicadores-{Guid.NewGuid():N}.pdf");
        try
        {
            var page = order.Build(ReportSources.Context(installation, warehouse).ConfinedTo(entity.Scope));
            await queue.Print(page, pdf, http.RequestAborted);
            var name = dependency is null ? order.Kind.Word() : $"{order.Kind.Word()}-{MonthlyPack.Slug(dependency)}";
            return Results.File(await File.ReadAllBytesAsync(pdf), "application/pdf", $"{name}-{DashboardFilters.Iso(filters.To)}.pdf");
        }
        catch (Exception e) when (e is MeasurementException or ChromiumMissingException or TargetsException)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status422UnprocessableEntity, title: "No se pudo generar el PDF");
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    // Refused before any work: 429 when this person already has reports in preparation, 503 when everybody does.
    private static IResult Busy(HttpContext http, PdfQueue.Refusal refusal)
    {
        http.Response.Headers.RetryAfter = "10";
        return refusal == PdfQueue.Refusal.PersonBusy
            ? Results.Text(PersonBusyMessage, "text/plain; charset=utf-8", statusCode: StatusCodes.Status429TooManyRequests)
            : Results.Text(ServerBusyMessage, "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    public const string PersonBusyMessage = "Ya tiene informes en preparación. Espere a que terminen e inténtelo en un momento.";
    public const string ServerBusyMessage = "El servidor está preparando muchos informes a la vez. Inténtelo en un momento.";
}

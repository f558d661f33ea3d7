using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Forecast;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// The ficha's expected load: the dependency's weekly series of the latest stored forecast (fct_forecast, what the
/// Pronóstico page shows), for the weeks after the report's cut-off. A report never trains.
/// </summary>
internal static class ForecastSection
{
    private const int WeeksShown = 8;

    /// <summary>The weeks the sentence adds up: about a month, the load a secretaría plans its staff for.</summary>
    private const int WeeksSummed = 4;

    public static void ForDependency(ReportDocument document, ReportContext context, DateOnly cutOff, string dependency)
    {
        document.Heading("Demanda esperada en las próximas semanas");
        if (context.SharesWarehouse)
        {
            // The stored forecast's dependency series add up every entity's dependency of that name.
            document.Paragraph(ReportContext.NotPerEntity, "nota");
            return;
        }
        var run = ForecastStore.Latest(context.Warehouse, ForecastFrequency.Week);
        var weeks = (run?.Periods ?? [])
            .Where(p => p.Slice == ArrivalSlice.Dependency.Code() && TextKey.Fold(p.Series) == TextKey.Fold(dependency))
            .Where(p => ForecastFrequency.Week.PeriodEnd(p.Period) > cutOff)
            .OrderBy(p => p.Period).Take(WeeksShown).ToList();
        if (run is null || weeks.Count == 0)
        {
            document.Paragraph(run is null
                ? "No hay un pronóstico de la demanda guardado: el programador lo calcula y lo guarda después de cada carga."
                : $"El último pronóstico guardado (con datos hasta el {ReportDates.Long(run.Origin)}) no tiene semanas de la dependencia posteriores al corte.", "nota");
            return;
        }
        var method = ForecastMethods.FromCode(weeks[0].Method).SpanishName();
        var summed = weeks.Take(WeeksSummed).ToList();
        document.Paragraph($"Pronóstico hecho con las peticiones radicadas hasta el {ReportDates.Long(run.Origin)}; método: {method}" +
                (weeks[0].Reason is { Length: > 0 } reason ? $"; {reason}" : "") + ". " +
                $"En las {summed.Count} semanas siguientes se esperan unas {ReportFigures.Count(Math.Round(summed.Sum(p => p.Point)))} peticiones.")
            .Table(new ReportTable("Pronóstico semanal", ["Semana del", "Pronóstico", "Inferior (80 %)", "Superior (80 %)"],
                weeks.Select(p => (IReadOnlyList<object?>)[p.Period, Math.Round(p.Point, 1), Math.Round(p.Lower, 1), Math.Round(p.Upper, 1)]).ToList()), "")
            .Paragraph("El intervalo contiene la cifra real ocho de cada diez semanas.", "nota");
    }

    /// <summary>
    /// The annual report's next vigencia: the latest stored monthly forecast's months of <paramref name="year"/>, for
    /// the entity and per dependency. Only the months the forecast reaches; the report says how many.
    /// </summary>
    public static void ForNextYear(ReportDocument document, ReportContext context, int year)
    {
        if (context.SharesWarehouse)
        {
            // The stored forecast's dependency series add up every entity's dependency of that name.
            document.Note(ReportContext.NotPerEntity);
            return;
        }
        var run = ForecastStore.Latest(context.Warehouse, ForecastFrequency.Month);
        var months = (run?.Periods ?? []).Where(p => p.Period.Year == year).ToList();
        var entity = months.Where(p => p.Slice == ArrivalSlice.Entity.Code()).ToList();
        if (run is null || entity.Count == 0)
        {
            document.Note(run is null
                ? "No hay un pronóstico mensual de la demanda guardado: el programador lo calcula y lo guarda después de cada carga."
                : $"El último pronóstico mensual guardado (con datos hasta el {ReportDates.Long(run.Origin)}) no llega a {year}.");
            return;
        }
        var reached = entity.Select(p => p.Period).Distinct().Order().ToList();
        document.Paragraph($"Pronóstico hecho con las peticiones radicadas hasta el {ReportDates.Long(run.Origin)}. " +
            $"Para los {reached.Count} meses de {year} que alcanza ({ReportDates.Short(reached[0])} a {ReportDates.Short(ForecastFrequency.Month.PeriodEnd(reached[^1]))}) " +
            $"se esperan unas {ReportFigures.Count(Math.Round(entity.Sum(p => p.Point)))} peticiones en la entidad.");
        var byDependency = months.Where(p => p.Slice == ArrivalSlice.Dependency.Code())
            .GroupBy(p => p.Series).Select(g => (Name: g.Key, Point: g.Sum(p => p.Point), Lower: g.Sum(p => p.Lower), Upper: g.Sum(p => p.Upper)))
            .OrderByDescending(d => d.Point).ThenBy(d => d.Name, StringComparer.Ordinal).ToList();
        document.Table(new ReportTable("Demanda esperada por dependencia", ["Dependencia", "Pronóstico", "Inferior (80 %, suma)", "Superior (80 %, suma)"],
                byDependency.Select(d => (IReadOnlyList<object?>)[d.Name, Math.Round(d.Point), Math.Round(d.Lower), Math.Round(d.Upper)]).ToList()),
                "El pronóstico no tiene series por dependencia.")
            .Note("Los límites suman los de cada mes: el intervalo del total es más estrecho que esa suma.");
    }
}

using System.Globalization;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>Everything wrong with a request, said in Spanish before any query runs.</summary>
internal static class RequestChecks
{
    public const int MaxSlices = 2;

    /// <summary>The requested indicators in the order asked (none: the whole catalogue), each once.</summary>
    public static IReadOnlyList<IndicatorDefinition> Indicators(IReadOnlyList<IndicatorCode>? codes)
    {
        // No codes: the indicators measured over the period's cohort (petitions and surveys). PAAC and plan goals are
        // followed at a cut-off that may fall inside the period, so each of their pages and reports asks for its codes.
        if (codes is null || codes.Count == 0)
            return IndicatorCatalogue.All.Where(i => i.Source == MeasureSources.Petitions || i.Source == MeasureSources.Surveys).ToList();
        return codes
            .Select(code => IndicatorCatalogue.Find(code)
                ?? throw new MeasurementException($"El indicador «{code}» no existe. Indicadores: {IndicatorCatalogue.Codes}."))
            .Distinct()
            .ToList();
    }

    public static IReadOnlyList<SliceDefinition> Slices(MeasureSource source, IReadOnlyList<SliceName>? names)
    {
        names ??= [];
        if (names.Count > MaxSlices)
            throw new MeasurementException($"Se admiten a lo sumo {MaxSlices} desagregaciones a la vez; se pidieron {names.Count} ({string.Join(", ", names.Select(n => n.Code))}).");
        var slices = names
            .Select(name => source.FindSlice(name)
                ?? throw new MeasurementException($"No se puede desagregar por «{name.Code}». Opciones: {string.Join(", ", source.Slices.Select(s => s.Name.Code))}."))
            .ToList();
        var repeated = slices.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
            throw new MeasurementException($"La desagregación «{repeated.Key.Code}» está repetida.");
        return slices;
    }

    /// <param name="cutOffMayPrecedeEnd">True when every indicator asked is followed through its period (<see cref="MeasureSource.CutOffMayPrecedePeriodEnd"/>).</param>
    public static void Dates(Period period, DateOnly cutOff, Period previous, int alertDays, bool cutOffMayPrecedeEnd = false)
    {
        if (cutOffMayPrecedeEnd && cutOff < period.From)
            throw new MeasurementException(
                $"La fecha de corte ({Text(cutOff)}) es anterior al inicio del periodo ({Text(period.From)}): a esa fecha no había nada que medir.");
        if (cutOff < period.To && !cutOffMayPrecedeEnd)
            throw new MeasurementException(
                $"La fecha de corte ({Text(cutOff)}) es anterior al fin del periodo ({Text(period.To)}): las peticiones radicadas " +
                "después del corte aún no existían en esa fecha. Use un corte igual o posterior al fin del periodo.");
        // The previous period and the alert window must stay inside dim_date, which holds the whole calendar.
        if (period.From < FilingDates.FirstDay || period.To > FilingDates.LastDay || previous.From < DateDimension.First || cutOff > DateDimension.Last.AddMonths(-3))
            throw new MeasurementException(
                $"Las fechas deben estar entre {FilingDates.FirstYear} y {FilingDates.LastYear}, las que admiten las cargas (el periodo anterior empezaría el {Text(previous.From)}).");
        if (alertDays < 0)
            throw new MeasurementException("Los días hábiles de alerta no pueden ser negativos.");
    }

    private static string Text(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

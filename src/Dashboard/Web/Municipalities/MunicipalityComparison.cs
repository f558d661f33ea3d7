using IndicadoresServicio.Indicators.Catalogue;
using System.Globalization;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Municipalities;

/// <summary>One municipality's figures in the period and in the previous one (the last Mesa's), by indicator code.</summary>
public sealed record MunicipalityRow(string Entity, int? Position, IReadOnlyDictionary<IndicatorCode, IndicatorResult> Now,
    IReadOnlyDictionary<IndicatorCode, IndicatorResult> Before)
{
    public IndicatorResult? Result(IndicatorCode code) => Now.GetValueOrDefault(code);

    public double? OnTime => Now.GetValueOrDefault(MunicipalityComparison.RankedBy)?.Value;

    public double? OnTimeBefore => Before.GetValueOrDefault(MunicipalityComparison.RankedBy)?.Value;

    /// <summary>Change of the on-time rate since the previous period, in proportion points; null when either is missing.</summary>
    public double? OnTimeChange => OnTime - OnTimeBefore;
}

/// <summary>
/// The Mesa Departamental's comparison: the same indicators for every municipality (the engine's slice «entidad»),
/// ranked by timeliness against its target, and each one against a previous period the Mesa chooses (its last
/// meeting's), to say who improved. The Municipios page and `informe departamental` show this very record.
/// </summary>
public sealed record MunicipalityComparison(Period Period, Period PreviousPeriod, IReadOnlyList<MunicipalityRow> Rows)
{
    public static readonly IndicatorCode RankedBy = IndicatorCode.OnTime;

    /// <summary>Volume, then the three indicators with a target, as the Comité's dependency table.</summary>
    public static readonly IndicatorCode[] Compared = [IndicatorCode.Volume, IndicatorCode.OnTime, IndicatorCode.Overdue, IndicatorCode.AnswerTime];

    /// <summary>Municipalities whose on-time rate rose since the previous period, the largest rise first.</summary>
    public IReadOnlyList<MunicipalityRow> Improved =>
        Rows.Where(r => r.OnTimeChange > 0).OrderByDescending(r => r.OnTimeChange).ThenBy(r => r.Entity, StringComparer.Ordinal).ToList();

    /// <summary>Municipalities whose on-time rate fell, the largest fall first.</summary>
    public IReadOnlyList<MunicipalityRow> Worsened =>
        Rows.Where(r => r.OnTimeChange < 0).OrderBy(r => r.OnTimeChange).ThenBy(r => r.Entity, StringComparer.Ordinal).ToList();

    /// <param name="measure">The engine (cached on a page, direct in a report); null when it refused (its message is shown).</param>
    /// <param name="request">The period, cut-off and filters; its «entidad» filter, if any, leaves one municipality.</param>
    public static MunicipalityComparison? Measure(Func<MeasurementRequest, Panel?> measure, MeasurementRequest request, Period previous)
    {
        var now = request with { Indicators = Compared, Slices = [SliceName.Entity], ComparePrevious = false };
        var before = now with { Period = previous, CutOff = previous.To.AddDays(request.CutOff.DayNumber - request.Period.To.DayNumber) };
        if (measure(now) is not { } current || measure(before) is not { } earlier)
            return null;
        var then = ByEntity(earlier);
        var rows = ByEntity(current)
            .Select(p => (Entity: p.Key, Now: p.Value, Before: then.GetValueOrDefault(p.Key) ?? new Dictionary<IndicatorCode, IndicatorResult>()))
            .Where(r => r.Now.GetValueOrDefault(IndicatorCode.Volume)?.Value > 0 || r.Before.GetValueOrDefault(IndicatorCode.Volume)?.Value > 0)
            .OrderBy(r => r.Now.GetValueOrDefault(RankedBy)?.Value is null ? 1 : 0)
            .ThenByDescending(r => r.Now.GetValueOrDefault(RankedBy)?.Value)
            .ThenBy(r => r.Entity, StringComparer.Create(CultureInfo.GetCultureInfo("es-CO"), false))
            .ToList();
        var position = 0;
        return new MunicipalityComparison(request.Period, previous,
            rows.Select(r => new MunicipalityRow(r.Entity, r.Now.GetValueOrDefault(RankedBy)?.Value is null ? null : ++position, r.Now, r.Before)).ToList());
    }

    /// <summary>The period of the same length just before <paramref name="period"/>: the default «last Mesa».</summary>
    public static Period Before(Period period) => period.Previous();

    private static Dictionary<string, IReadOnlyDictionary<IndicatorCode, IndicatorResult>> ByEntity(Panel panel) =>
        panel.Results.GroupBy(r => r.SliceValueOf(SliceName.Entity)!)
            .ToDictionary(g => g.Key, g => (IReadOnlyDictionary<IndicatorCode, IndicatorResult>)g.ToDictionary(r => r.Code), StringComparer.Ordinal);
}

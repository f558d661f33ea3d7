using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Panels;

/// <summary>
/// The tables of Peticiones, from results sliced by one dimension. Volume by a slice is PQ-VOL per member; the
/// dependency and month tables put volume, timeliness and response time of each member on one row.
/// </summary>
public static class PetitionTables
{
    public const string TypeKey = "tipos";
    public const string ChannelKey = "canales";
    public const string TopicKey = "temas";
    public const string DependencyKey = "dependencias";
    public const string MonthKey = "meses";

    /// <summary>PQ-VOL per member of <paramref name="slice"/>, largest first, with its share of the total.</summary>
    public static ReportTable Volume(string name, SliceName slice, string title, IReadOnlyList<IndicatorResult> results, int? take = null)
    {
        var volumes = VolumesBySlice(results, slice);
        var total = volumes.Sum(v => v.Result.Value ?? 0);
        var rows = volumes.Take(take ?? int.MaxValue).Select(v => (IReadOnlyList<object?>)
        [
            v.Member, (long)(v.Result.Value ?? 0), v.Result.PreviousValue is { } p ? (long)p : null,
            v.Result.Change is { } c ? (long)c : null, total == 0 ? null : Math.Round(100 * (v.Result.Value ?? 0) / total, 1),
        ]).ToList();
        return new ReportTable(name, [title, "Radicadas", "Periodo anterior", "Cambio", "Participación (%)"], rows);
    }

    public static IReadOnlyList<(string Member, IndicatorResult Result)> VolumesBySlice(IReadOnlyList<IndicatorResult> results, SliceName slice) =>
        results.Where(r => r.Code == IndicatorCode.Volume)
            .Select(r => (Member: r.SliceValueOf(slice) ?? "—", Result: r))
            .OrderByDescending(v => v.Result.Value ?? 0).ThenBy(v => v.Member, StringComparer.Ordinal)
            .ToList();

    /// <summary>One row per dependency: volume, timeliness with its light, mean, median and p90 days to answer.</summary>
    public static ReportTable Dependencies(IReadOnlyList<IndicatorResult> results, Func<string, string?> linkOf) =>
        new("Peticiones por dependencia", ["Dependencia", "Radicadas", "Oportunidad (%)", "Semáforo de oportunidad",
            "Tiempo medio (días hábiles)", "Mediana (días hábiles)", "P90 (días hábiles)"],
            Members(results, SliceName.Dependency).OrderByDescending(m => m.Volume?.Value ?? 0).ThenBy(m => m.Member, StringComparer.Ordinal)
                .Select(m => (IReadOnlyList<object?>)
                [
                    linkOf(m.Member) is { } href ? new LinkCell(m.Member, href) : m.Member,
                    (long)(m.Volume?.Value ?? 0), IndicatorText.Shown(Proportion, m.Timeliness?.Value),
                    m.Timeliness is null ? null : PanelLights.Cell(m.Timeliness.Light),
                    Days(m.Time?.Value), Days(m.Time?.Statistic(StatisticName.Median)), Days(m.Time?.Statistic(StatisticName.P90)),
                ]).ToList());

    /// <summary>One row per month of the period, oldest first.</summary>
    public static ReportTable Months(IReadOnlyList<IndicatorResult> results) =>
        new("Peticiones por mes", ["Mes", "Radicadas", "Oportunidad (%)", "Tiempo medio (días hábiles)", "Mediana (días hábiles)", "P90 (días hábiles)"],
            Members(results, SliceName.Month).OrderBy(m => m.Member, StringComparer.Ordinal)
                .Select(m => (IReadOnlyList<object?>)
                [
                    m.Member, (long)(m.Volume?.Value ?? 0), IndicatorText.Shown(Proportion, m.Timeliness?.Value),
                    Days(m.Time?.Value), Days(m.Time?.Statistic(StatisticName.Median)), Days(m.Time?.Statistic(StatisticName.P90)),
                ]).ToList());

    /// <summary>PQ-VOL, PQ-OPO and PQ-TMR of each member of a slice, side by side.</summary>
    public static IReadOnlyList<SliceFigures> Members(IReadOnlyList<IndicatorResult> results, SliceName slice) =>
        results.GroupBy(r => r.SliceValueOf(slice) ?? "—")
            .Select(g => new SliceFigures(g.Key, g.FirstOrDefault(r => r.Code == IndicatorCode.Volume), g.FirstOrDefault(r => r.Code == IndicatorCode.OnTime),
                g.FirstOrDefault(r => r.Code == IndicatorCode.AnswerTime)))
            .ToList();

    private const Indicators.Catalogue.IndicatorUnit Proportion = Indicators.Catalogue.IndicatorUnit.Proportion;

    private static double? Days(double? value) => IndicatorText.Shown(Indicators.Catalogue.IndicatorUnit.BusinessDays, value);
}

/// <summary>One slice member's volume (PQ-VOL), timeliness (PQ-OPO) and response time (PQ-TMR).</summary>
public sealed record SliceFigures(string Member, IndicatorResult? Volume, IndicatorResult? Timeliness, IndicatorResult? Time);

using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.EarlyWarning;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Pages.Shared;

/// <summary>
/// The alza inusual at a cut-off as Pronóstico and the despacho's Resumen show it: the dependencies, channels and
/// topics whose arrivals in the last complete week or the week in progress passed the stored forecast's 80 % upper
/// bound. Scoped to one dependency, only that dependency's own series is listed (channels and topics cut across).
/// </summary>
public sealed record UnusualRiseView(DateOnly CutOff, IReadOnlyList<UnusualWeek> Flagged)
{
    public const string Anchor = "alza-inusual";

    public static string CacheKey(DateOnly cutOff, string? dependency) => $"alza-inusual|{cutOff:yyyy-MM-dd}|{dependency}";

    public static UnusualRiseView Of(Warehouse warehouse, DateOnly cutOff, string? dependency) =>
        new(cutOff, WarehouseUnusualRise.Find(warehouse, cutOff)
            .Where(w => dependency is null || (w.Slice == ArrivalSlice.Dependency && TextKey.Fold(w.Series) == TextKey.Fold(dependency)))
            .ToList());

    public IReadOnlyList<DateOnly> Weeks => UnusualRise.Weeks(CutOff);

    public ReportTable Table => new("Alza inusual",
        ["Serie", "Semana", "Radicadas", "Esperadas", "Límite superior (80 %)", "Pronóstico hecho el"],
        Flagged.Select(w => (IReadOnlyList<object?>)
        [
            PronosticoModel.Title(new SeriesKey(w.Slice, w.Series)),
            w.Complete ? $"del {CellText.Of(w.Week)}" : $"del {CellText.Of(w.Week)}, en curso hasta el {CellText.Of(w.Through)}",
            w.Filed, Math.Round(w.Expected, 1), Math.Round(w.Upper, 1), w.Origin,
        ]).ToList());
}

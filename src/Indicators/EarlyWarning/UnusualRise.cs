using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Indicators.Forecast;

namespace IndicadoresServicio.Indicators.EarlyWarning;

/// <summary>
/// Alza inusual: a dependency, channel or topic whose arrivals in a week exceed the upper bound of the 80 % interval
/// that the weekly forecast made before that week began gave it. The week in progress counts what has arrived so
/// far against the whole week's bound, so it is flagged only once it is already past it.
/// </summary>
public static class UnusualRise
{
    /// <summary>The slices watched: the entity's own total moves too slowly to be news, a type is too broad.</summary>
    public static IReadOnlyList<ArrivalSlice> Slices { get; } = [ArrivalSlice.Dependency, ArrivalSlice.Channel, ArrivalSlice.Topic];

    /// <summary>
    /// Fewer arrivals than this are never flagged: two petitions over a bound of 1.4 are chance, not a wave.
    /// </summary>
    public const int MinimumArrivals = 5;

    /// <summary>The weeks judged at a cut-off: the last complete one (Monday to Sunday) and the one holding the cut-off.</summary>
    public static IReadOnlyList<DateOnly> Weeks(DateOnly cutOff)
    {
        var current = ForecastFrequency.Week.PeriodStart(cutOff);
        return [current.AddDays(-7), current];
    }

    /// <summary>The flagged series, the largest excess over the bound first.</summary>
    public static IReadOnlyList<UnusualWeek> Find(IEnumerable<WeekExpectation> expected, IEnumerable<WeekArrivals> arrived)
    {
        var observed = arrived.ToDictionary(a => (a.Slice, TextKey.Fold(a.Series), a.Week));
        return expected
            .Select(e => observed.TryGetValue((e.Slice, TextKey.Fold(e.Series), e.Week), out var a)
                ? new UnusualWeek(e.Slice, a.Series, e.Week, a.Through, a.Filed, e.Point, e.Upper, e.Origin)
                : null)
            .OfType<UnusualWeek>()
            .Where(w => w.Filed >= MinimumArrivals && w.Filed > w.Upper)
            .OrderByDescending(w => w.Filed / Math.Max(w.Upper, 1))
            .ThenBy(w => w.Slice).ThenBy(w => w.Series, StringComparer.Ordinal)
            .ToList();
    }
}

/// <summary>What the weekly forecast made at <paramref name="Origin"/> (before the week) expected of a series in a week.</summary>
public sealed record WeekExpectation(ArrivalSlice Slice, string Series, DateOnly Week, DateOnly Origin, double Point, double Upper);

/// <summary>A series' arrivals in a week, counted through <paramref name="Through"/> (the week's Sunday, or the cut-off).</summary>
public sealed record WeekArrivals(ArrivalSlice Slice, string Series, DateOnly Week, DateOnly Through, long Filed);

/// <summary>A flagged week: what arrived against what the forecast made at <paramref name="Origin"/> expected and allowed.</summary>
public sealed record UnusualWeek(ArrivalSlice Slice, string Series, DateOnly Week, DateOnly Through, long Filed, double Expected,
    double Upper, DateOnly Origin)
{
    public bool Complete => Through >= Week.AddDays(6);
}

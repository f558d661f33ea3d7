using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using Dapper;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Quality;

/// <summary>
/// The copy is judged by what users read from it: the whole catalogue, measured by the same engine <c>medir</c> and
/// the pages use, on both warehouses, for every year that has data, for the whole warehouse and per entity and
/// dependency. Each year is measured to its 31 December, so the figures are the year's as it closed (or will).
/// </summary>
public static class IndicatorComparison
{
    /// <summary>The slices each figure is compared at: the whole warehouse, then every dependency of every entity.</summary>
    private static readonly SliceName[][] Levels = [[], [SliceName.Entity, SliceName.Dependency]];

    /// <param name="Member">"" for the whole warehouse; "Entidad / Dependencia" otherwise.</param>
    public sealed record Comparison(int Year, IndicatorDefinition Indicator, string Member, Figures? Source, Figures? Target)
    {
        public bool Matches => Source is not null && Target is not null
                               && Same(Source.Numerator, Target.Numerator) && Same(Source.Denominator, Target.Denominator) && Same(Source.Value, Target.Value);
    }

    public sealed record Outcome(IReadOnlyList<int> Years, IReadOnlyList<Comparison> Figures)
    {
        public IReadOnlyList<Comparison> Differences => Figures.Where(f => !f.Matches).ToList();
    }

    public static Outcome Compare(Warehouse source, Warehouse target, Action<string> progress, CancellationToken cancellation)
    {
        var years = Years(source);
        var figures = new List<Comparison>();
        foreach (var year in years)
        {
            cancellation.ThrowIfCancellationRequested();
            progress($"  {year}: midiendo {IndicatorCatalogue.All.Count} indicadores en las dos bodegas…");
            foreach (var slices in Levels)
            {
                var request = new MeasurementRequest(Period.Of(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), new DateOnly(year, 12, 31),
                    IndicatorCatalogue.All.Select(i => i.Code).ToList(), slices, ComparePrevious: false);
                var before = Keyed(IndicatorPanel.Measure(source, request, Targets.Defaults));
                var after = Keyed(IndicatorPanel.Measure(target, request, Targets.Defaults));
                foreach (var key in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
                {
                    var one = before.GetValueOrDefault(key);
                    var other = after.GetValueOrDefault(key);
                    var result = one ?? other!;
                    figures.Add(new Comparison(year, result.Indicator, Member(result), one?.Current, other?.Current));
                }
            }
        }
        return new Outcome(years, figures);
    }

    /// <summary>Every year with petitions, survey answers, a PAAC or plan values: what a user may ask the engine about.</summary>
    private static List<int> Years(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<int>("""
            SELECT DISTINCT y FROM (
                SELECT CAST(EXTRACT(YEAR FROM filed_on) AS INTEGER) AS y FROM fct_petition
                UNION SELECT CAST(EXTRACT(YEAR FROM responded_on) AS INTEGER) FROM fct_survey_response
                UNION SELECT CAST(vigencia AS INTEGER) FROM fct_paac_activity
                UNION SELECT CAST(year AS INTEGER) FROM fct_plan_value
            ) AS years
            WHERE y BETWEEN 1991 AND 2059
            ORDER BY y
            """).ToList();
    }

    // Results keyed by indicator and member; two members could share a name only across entities, which the key includes.
    private static Dictionary<string, IndicatorResult> Keyed(Panel panel)
    {
        var keyed = new Dictionary<string, IndicatorResult>(StringComparer.Ordinal);
        foreach (var result in panel.Results)
        {
            var key = result.Code + "|" + string.Join("|", result.Slices.Select(s => s.Value + "\u001f" + s.Detail));
            var unique = key;
            for (var n = 2; keyed.ContainsKey(unique); n++)
                unique = key + "#" + n;
            keyed[unique] = result;
        }
        return keyed;
    }

    private static string Member(IndicatorResult result) => string.Join(" / ", result.Slices.Select(s => s.Value));

    // Sums and averages may be added up in another order by each engine: equal to the last few bits.
    private static bool Same(double? one, double? other) =>
        one is null || other is null ? one is null && other is null : Math.Abs(one.Value - other.Value) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(one.Value), Math.Abs(other.Value)));
}

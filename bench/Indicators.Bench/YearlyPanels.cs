using Dapper;
using IndicadoresServicio.Bench.Fill;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Bench;

/// <summary>
/// The scale runs' measurement (docs/escala.md): the petition panel by dependency for each filing year the
/// generator spreads over, so a partitioned table's pruning shows as one year's cost rather than the table's.
/// Several schemas (plain and partitioned) are timed in alternation: on a shared machine they meet the same load.
/// </summary>
internal static class YearlyPanels
{
    public static void Describe(string schema, Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        var rows = connection.ExecuteScalar<long>("SELECT count(*) FROM fct_petition");
        // A partitioned table's own size is zero: its partitions hold the rows (a plain table has no tree).
        var bytes = connection.ExecuteScalar<long>("""
            SELECT coalesce((SELECT sum(pg_total_relation_size(relid)) FROM pg_partition_tree('fct_petition'::regclass)),
                            pg_total_relation_size('fct_petition'::regclass))
            """);
        var spanish = System.Globalization.CultureInfo.GetCultureInfo("es-CO");
        Console.WriteLine($"{schema}: {rows.ToString("N0", spanish)} filas; fct_petition con sus índices ocupa {(bytes / 1073741824.0).ToString("F2", spanish)} GB");
    }

    public static void Compare(IReadOnlyList<(string Schema, Warehouse Warehouse)> schemas, int repetitions)
    {
        foreach (var (schema, warehouse) in schemas)
            Describe(schema, warehouse);
        Console.WriteLine($"| año | {string.Join(" | ", schemas.Select(s => s.Schema))} |");
        Console.WriteLine($"| ---: |{string.Concat(schemas.Select(_ => " --- |"))}");
        for (var year = PetitionGenerator.First.Year; year <= PetitionGenerator.Last.Year; year++)
        {
            var request = new MeasurementRequest(
                Period.Of(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31)), new DateOnly(year + 1, 1, 15), Slices: [SliceName.Dependency]);
            var timings = Timing.Alternating(repetitions,
                schemas.Select(s => (Action)(() => IndicatorPanel.Measure(s.Warehouse, request, Targets.Defaults))).ToArray());
            Console.WriteLine($"| {year} | {string.Join(" | ", timings.Select(t => t.Text(withCpu: false)))} |");
        }
    }
}

using System.Diagnostics;
using Dapper;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Indicators.Bench;

/// <summary>
/// The measurement itself: the full petition panel (all seven indicators, both periods) for 2024 sliced by
/// dependency, against one raw GROUP BY scan of the whole fact table, on the same warehouse in the same run.
/// </summary>
internal static class EngineBench
{
    public static readonly MeasurementRequest YearByDependency = new(
        Period.Of(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31)), new DateOnly(2025, 1, 15), Slices: [SliceName.Dependency]);

    /// <param name="keepOpen">
    /// Hold a connection for the whole run, as the dashboard server does: DuckDB then keeps the database loaded
    /// and each timed call pays for its connection but not for reopening the file. Without it every call opens
    /// (and on closing checkpoints) the file, as one <c>./indicadores medir</c> does: tens of milliseconds of
    /// file work added to both sides.
    /// </param>
    public static void Run(string engine, Warehouse warehouse, int repetitions, bool keepOpen)
    {
        var keeper = keepOpen ? warehouse.OpenConnection() : null;
        try
        {
            Measure(engine, warehouse, repetitions);
        }
        finally
        {
            keeper?.Dispose();
        }
    }

    private static void Measure(string engine, Warehouse warehouse, int repetitions)
    {
        long rows;
        using (var connection = warehouse.OpenConnection())
            rows = connection.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM fct_petition");

        Panel? panel = null;
        IReadOnlyList<PetitionAlert> alerts = [];
        var timings = Timing.Alternating(repetitions,
            () =>
            {
                using var connection = warehouse.OpenConnection();
                connection.Query("SELECT dependency_id, CAST(count(*) AS BIGINT) AS n FROM fct_petition GROUP BY dependency_id").AsList();
            },
            () => panel = IndicatorPanel.Measure(warehouse, YearByDependency, Targets.Defaults),
            () => IndicatorPanel.Measure(warehouse, YearByDependency with { Slices = [] }, Targets.Defaults));
        var (scan, measured, unsliced) = (timings[0], timings[1], timings[2]);
        // The alert list takes a second or more a call: timed on its own, fewer times.
        var alertList = Timing.Alternating(Math.Max(3, repetitions / 5), () => alerts = PetitionAlerts.List(warehouse, YearByDependency))[0];

        var spanish = System.Globalization.CultureInfo.GetCultureInfo("es-CO");
        var count = rows.ToString("N0", spanish);
        // PostgreSQL works in its own processes: this process's CPU time says nothing of the query's cost.
        var inProcess = warehouse.Engine == WarehouseEngine.DuckDb;
        Console.WriteLine($"| {engine} | {count} | scan `GROUP BY dependency_id` de toda la tabla | {scan.Text(inProcess)} | 1,0 | 1,0 | {(inProcess ? "1,0" : "–")} |");
        Console.WriteLine($"| {engine} | {count} | panel 2024 por dependencia, 7 indicadores y periodo anterior ({panel!.Results.Count} resultados) | {measured.Text(inProcess)} | {Ratio(measured, scan, inProcess)} |");
        Console.WriteLine($"| {engine} | {count} | panel 2024 sin desagregar | {unsliced.Text(inProcess)} | {Ratio(unsliced, scan, inProcess)} |");
        Console.WriteLine($"| {engine} | {count} | lista de alertas 2024 ({alerts.Count.ToString("N0", spanish)} peticiones) | {alertList.Text(inProcess)} | {Ratio(alertList, scan, inProcess)} |");
    }

    // Median over median, best over best (on a shared machine the best runs are the least disturbed), and CPU
    // median over CPU median.
    private static string Ratio(Timing timing, Timing scan, bool inProcess)
    {
        var spanish = System.Globalization.CultureInfo.GetCultureInfo("es-CO");
        return (timing.Median.TotalMilliseconds / scan.Median.TotalMilliseconds).ToString("F2", spanish) + " | " +
               (timing.Best.TotalMilliseconds / scan.Best.TotalMilliseconds).ToString("F2", spanish) + " | " +
               (inProcess ? (timing.CpuMedian.TotalMilliseconds / scan.CpuMedian.TotalMilliseconds).ToString("F2", spanish) : "–");
    }

    public static TimeSpan Time(Action work)
    {
        var clock = Stopwatch.StartNew();
        work();
        return clock.Elapsed;
    }
}

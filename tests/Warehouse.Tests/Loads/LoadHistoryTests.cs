using Dapper;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing.Loads;

namespace IndicadoresServicio.Warehousing.Tests.Loads;

/// <summary>One run log per engine, written by hand, read by both tests.</summary>
public sealed class LoggedRuns : IDisposable
{
    private readonly Dictionary<WarehouseEngine, TestWarehouse> _warehouses = [];

    public Warehouse For(WarehouseEngine engine)
    {
        lock (_warehouses)
        {
            if (!_warehouses.TryGetValue(engine, out var test))
            {
                test = TestWarehouse.CreateEmpty(engine);
                Migrator.Apply(test.Warehouse);
                // Colombia is UTC-5: 03:00 UTC on 1 June is 22:00 on 31 May there, 06:00 UTC is 01:00 on 1 June, and
                // 04:00 UTC on 3 April is still 2 April, a day before the 60 days that end on 1 June.
                Run(test.Warehouse, 1, "ventanilla", "exitosa", new DateTime(2024, 4, 3, 4, 0, 0), null, read: 7, quarantined: 7);
                Run(test.Warehouse, 2, "ventanilla", "exitosa", new DateTime(2024, 6, 1, 3, 0, 0), new DateTime(2024, 6, 1, 3, 5, 0), read: 10, quarantined: 1);
                Run(test.Warehouse, 3, "ventanilla", "exitosa", new DateTime(2024, 6, 1, 6, 0, 0), null, read: 20, quarantined: 2);
                Run(test.Warehouse, 4, "web", "fallida", new DateTime(2024, 6, 1, 12, 0, 0), new DateTime(2024, 6, 1, 12, 1, 0), read: 5, quarantined: 0);
                _warehouses[engine] = test;
            }
            return test.Warehouse;
        }
    }

    public void Dispose()
    {
        foreach (var test in _warehouses.Values)
            test.Dispose();
    }

    /// <summary>A run that loaded as new every row it did not quarantine.</summary>
    private static void Run(Warehouse warehouse, long id, string source, string status, DateTime startedAt, DateTime? finishedAt, long read, long quarantined)
    {
        using var connection = warehouse.OpenConnection();
        connection.Execute(warehouse.Sql("""
            INSERT INTO etl_run (run_id, source, started_at, finished_at, status, rows_read, rows_inserted, rows_quarantined)
            VALUES (@id, @source, @startedAt, @finishedAt, @status, @read, @inserted, @quarantined)
            """), new { id, source, startedAt, finishedAt, status, read, inserted = read - quarantined, quarantined });
    }
}

public sealed class LoadHistoryTests(LoggedRuns runs) : IClassFixture<LoggedRuns>
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void A_load_started_before_five_in_the_morning_utc_counts_on_the_previous_colombian_day(WarehouseEngine engine)
    {
        var days = LoadHistory.PerDay(runs.For(engine), new DateOnly(2024, 6, 1), days: 60);

        days.Select(d => (d.Day, d.Runs, d.RowsRead, d.RowsQuarantined)).Should().Equal(
            (new DateOnly(2024, 5, 31), 1L, 10L, 1L),
            (new DateOnly(2024, 6, 1), 2L, 25L, 2L));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Runs_are_summed_per_source_and_status_with_the_last_end_and_the_latest_status(WarehouseEngine engine)
    {
        var warehouse = runs.For(engine);

        var summary = LoadHistory.BySourceAndStatus(warehouse).OrderBy(r => r.Source, StringComparer.Ordinal).ToList();

        // Loaded: 0 + 9 + 18 of ventanilla's; the last end of a run still going is its start (1 June 06:00).
        summary.Select(r => (r.Source, r.Status, r.Runs, r.RowsRead, r.RowsLoaded, r.RowsQuarantined, r.LastEndedAt)).Should().Equal(
            ("ventanilla", "exitosa", 3L, 37L, 27L, 10L, new DateTime(2024, 6, 1, 6, 0, 0)),
            ("web", "fallida", 1L, 5L, 5L, 0L, new DateTime(2024, 6, 1, 12, 1, 0)));
        LoadHistory.LatestStatus(warehouse, "web").Should().Be("fallida");
        LoadHistory.LatestStatus(warehouse, "buzon").Should().BeNull();
    }
}

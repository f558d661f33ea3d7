using Dapper;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Warehousing.Tests;

public sealed class MigratorTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void A_new_warehouse_gets_every_migration_and_the_star_schema_tables(WarehouseEngine engine)
    {
        using var test = TestWarehouse.CreateEmpty(engine);

        var outcome = Migrator.Apply(test.Warehouse);

        outcome.Applied.Select(m => m.Version).Should().Equal(MigrationCatalog.For(engine).Select(m => m.Version));
        outcome.CurrentVersion.Should().BeGreaterThanOrEqualTo(3);
        using var connection = test.Warehouse.OpenConnection();
        foreach (var table in new[] { "dim_date", "dim_entity", "dim_dependency", "dim_channel", "dim_petition_type", "dim_topic", "fct_petition", "stg_petition", "etl_run", "etl_quarantine" })
            connection.ExecuteScalar<long>($"SELECT CAST(count(*) AS BIGINT) FROM {table}").Should().BeGreaterThanOrEqualTo(0, table);
    }

    [Theory, MemberData(nameof(Engines))]
    public void Applying_the_migrations_twice_changes_nothing_the_second_time(WarehouseEngine engine)
    {
        using var test = TestWarehouse.CreateEmpty(engine);
        Migrator.Apply(test.Warehouse);
        var before = Snapshot(test.Warehouse);

        var second = Migrator.Apply(test.Warehouse);

        second.Applied.Should().BeEmpty();
        Snapshot(test.Warehouse).Should().Equal(before);
    }

    [Theory, MemberData(nameof(Engines))]
    public void The_date_dimension_holds_every_day_from_1984_to_2100_with_national_business_days(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        using var connection = test.Warehouse.OpenConnection();

        connection.ExecuteScalar<long>("SELECT CAST(count(*) AS BIGINT) FROM dim_date").Should().Be(42734);   // 1984-01-01..2100-12-31, counted apart (Python date arithmetic)
        var goodFriday2024 = connection.QuerySingle<(bool IsBusinessDay, string? HolidayName)>(
            "SELECT is_business_day, holiday_name FROM dim_date WHERE date_key = 20240329");
        goodFriday2024.Should().Be((false, "Viernes Santo"));
        connection.ExecuteScalar<long>(
            "SELECT CAST(count(*) AS BIGINT) FROM dim_date WHERE year = 2024 AND is_holiday").Should().Be(18);
        // Business days after 2024-03-27 up to 2024-04-19: the worked example of the contract, 15.
        connection.ExecuteScalar<long>("""
            SELECT CAST(b.business_day_index - a.business_day_index AS BIGINT)
            FROM dim_date a, dim_date b WHERE a.date_key = 20240327 AND b.date_key = 20240419
            """).Should().Be(15);
        connection.QuerySingle<(int Week, short Cuatrimestre, string MonthName)>(
            "SELECT CAST(iso_week AS INTEGER), cuatrimestre, month_name FROM dim_date WHERE date_key = 20240901")
            .Should().Be((35, (short)3, "septiembre"));
    }

    [Theory, MemberData(nameof(Engines))]
    public void A_migration_edited_after_it_was_applied_is_refused_with_a_spanish_message(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        using (var connection = test.Warehouse.OpenConnection())
            connection.Execute("UPDATE schema_version SET checksum = 'otro' WHERE version = 1");

        var act = () => Migrator.Apply(test.Warehouse);

        act.Should().Throw<WarehouseException>().WithMessage("*migración 0001*cambió después de aplicarse*");
    }

    private static List<string> Snapshot(IndicadoresServicio.Warehousing.Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        var rows = new List<string>();
        rows.AddRange(connection.Query<string>("SELECT CAST(version AS VARCHAR) || ' ' || name || ' ' || checksum FROM schema_version ORDER BY version"));
        foreach (var table in new[] { "dim_date", "dim_channel", "dim_petition_type" })
            rows.Add(table + " " + connection.ExecuteScalar<long>($"SELECT CAST(count(*) AS BIGINT) FROM {table}"));
        return rows;
    }
}

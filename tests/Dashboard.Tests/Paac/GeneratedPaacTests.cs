using Dapper;
using IndicadoresServicio.Etl.Paac;
using IndicadoresServicio.Generator.Paac;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Paac;

/// <summary>The demo's PAAC workbook (merged cells, title rows, two-row header, percent cells) read back by the real ETL.</summary>
public sealed class GeneratedPaacTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("indicadores-paac-generado-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void The_generated_plan_loads_whole_with_its_six_components_and_its_follow_ups_up_to_the_date_it_was_written()
    {
        using var test = TestWarehouse.Create(WarehouseEngine.DuckDb);
        var (book, profile, activities) = PaacPlanWorkbook.Write(_folder, "Alcaldía de San Isidro del Valle", 2026, new DateOnly(2026, 10, 31), 2024);

        var summary = PaacLoad.Run(test.Warehouse, PaacProfiles.Load(profile), book, new DateOnly(2026, 11, 1));

        summary.Read.Should().Be(activities);
        summary.Inserted.Should().Be(activities);
        summary.Quarantined.Should().Be(0, string.Join("; ", summary.QuarantineReasons.Keys));
        using var connection = test.Warehouse.OpenConnection();
        connection.ExecuteScalar<long>("SELECT count(DISTINCT component_id) FROM fct_paac_activity").Should().Be(6);
        // Merged subcomponents and responsables reach every activity.
        connection.ExecuteScalar<long>("SELECT count(*) FROM fct_paac_activity WHERE subcomponent_id IS NULL OR dependency_id IS NULL").Should().Be(0);
        // April and August were reported; December had not come by October 31.
        connection.Query<DateOnly>("SELECT DISTINCT cut_off FROM fct_paac_followup ORDER BY 1").Should().Equal(new DateOnly(2026, 4, 30), new DateOnly(2026, 8, 31));
        // A percent cell holds 0.45 for 45 %: read as 45, never as 0.45 %.
        connection.ExecuteScalar<long>("SELECT count(*) FROM fct_paac_followup WHERE progress > 0 AND progress < 1").Should().Be(0);
        connection.ExecuteScalar<long>("SELECT count(*) FROM fct_paac_followup WHERE progress >= 15").Should().BeGreaterThan(activities);
        // The same file again changes nothing.
        PaacLoad.Run(test.Warehouse, PaacProfiles.Load(profile), book, new DateOnly(2026, 11, 1)).Unchanged.Should().Be(activities);
    }
}

using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.CommandLine;

public sealed class QueryCommandTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public async Task Consultar_prints_the_result_as_csv_with_a_header(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);

        var run = await CliRun.Of(Path.GetTempPath(), null, "consultar",
            "select code, term_days from dim_petition_type where type_id in (1, 6, 8) order by type_id", "--bd", Target(test));

        run.ExitCode.Should().Be(0, run.Error);
        run.OutLines.Should().Equal("code,term_days", "peticion,15", "informacion,10", "felicitacion,");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Consultar_refuses_writes_and_the_table_is_untouched(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);

        foreach (var write in new[] { "delete from dim_channel", "select 1; delete from dim_channel", "with x as (select 1) delete from dim_channel" })
        {
            var run = await CliRun.Of(Path.GetTempPath(), null, "consultar", write, "--bd", Target(test));
            run.ExitCode.Should().Be(2, write);
            run.Error.Should().StartWith("Error:");
        }
        var count = await CliRun.Of(Path.GetTempPath(), null, "consultar", "select count(*) as n from dim_channel", "--bd", Target(test));
        count.OutLines.Should().Equal("n", "7");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Consultar_allows_write_words_inside_text_and_quoted_names_but_not_a_semicolon(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);

        var plain = await CliRun.Of(Path.GetTempPath(), null, "consultar", "select 'borrar o delete' as \"update\"", "--bd", Target(test));
        plain.ExitCode.Should().Be(0, plain.Error);
        plain.OutLines.Should().Equal("update", "borrar o delete");
        var run = await CliRun.Of(Path.GetTempPath(), null, "consultar", "select 'delete; drop' as \"update\" -- insert", "--bd", Target(test));
        run.ExitCode.Should().Be(2, "a ';' inside the text still reads as two statements to the simple check");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Consultar_refuses_to_read_the_servers_files(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var attempts = engine == WarehouseEngine.DuckDb
            ? new[] { "select * from read_text('/etc/passwd')", "select * from '/etc/passwd'", "select * from read_csv('/etc/passwd')",
                      "select * from glob('/etc/*')", "select * from read_blob('/etc/hostname')" }
            : ["select pg_read_file('/etc/passwd')", "select * from pg_ls_dir('/etc')", "select pg_stat_file('/etc/passwd')"];

        foreach (var sql in attempts)
        {
            var run = await CliRun.Of(Path.GetTempPath(), null, "consultar", sql, "--bd", Target(test));
            run.ExitCode.Should().Be(2, sql);
            run.Out.Should().NotContain("root", sql);
            run.Error.Should().StartWith("Error:", sql);
        }
    }

    private static string Target(TestWarehouse test) =>
        test.Warehouse.Engine == WarehouseEngine.DuckDb ? test.Warehouse.Description : test.Warehouse.ConnectionString;
}

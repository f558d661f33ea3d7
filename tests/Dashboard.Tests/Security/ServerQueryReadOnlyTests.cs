using System.Net;
using System.Text;
using Dapper;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Security;

/// <summary>
/// The server's /api/consultar (what `./indicadores consultar` asks while `servir` holds the warehouse) runs truly
/// read-only: the engine refuses writes and <c>nextval</c>, whatever the text looks like to the textual checks.
/// </summary>
[Collection(TwoTownsServersCollection.Name)]
public sealed class ServerQueryReadOnlyTests(TwoTownsServers servers)
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static async Task<HttpResponseMessage> Query(HttpClient client, string sql) =>
        await client.PostAsync("/api/consultar", new StringContent(sql, Encoding.UTF8, "text/plain"));

    /// <summary>The sequence's last value as the engine's own catalogue tells it (null before its first use).</summary>
    private static long? LastValue(Warehouse warehouse, string sequence)
    {
        using var connection = warehouse.OpenConnection();
        return warehouse.Engine == WarehouseEngine.DuckDb
            ? connection.ExecuteScalar<long?>(warehouse.Sql("SELECT last_value FROM duckdb_sequences() WHERE sequence_name = @name"), new { name = sequence })
            : connection.ExecuteScalar<long?>($"SELECT CASE WHEN is_called THEN last_value END FROM {sequence}");
    }

    private static long Rows(Warehouse warehouse, string table)
    {
        using var connection = warehouse.OpenConnection();
        return connection.ExecuteScalar<long>($"SELECT count(*) FROM {table}");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task A_write_hidden_behind_a_quote_inside_a_comment_is_refused_and_the_table_keeps_its_rows(WarehouseEngine engine)
    {
        var app = servers.Of(engine);
        using var client = await servers.ClientAs(engine, TwoTownsServers.CommandLine);
        var before = Rows(app.Warehouse, "dim_channel");

        using var response = await Query(client, "with x as (select 1) /* ' */ delete from dim_channel /* ' */");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        (await response.Content.ReadAsStringAsync()).Should().Contain("solo lee");
        Rows(app.Warehouse, "dim_channel").Should().Be(before).And.BeGreaterThan(0);
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Nextval_is_refused_by_the_engine_and_the_sequence_does_not_advance(WarehouseEngine engine)
    {
        var app = servers.Of(engine);
        using var client = await servers.ClientAs(engine, TwoTownsServers.CommandLine);
        // seq_entity gave the two towns their keys, so it has been used; the engine's catalogue says where it stands.
        var before = LastValue(app.Warehouse, "seq_entity");
        before.Should().NotBeNull();

        foreach (var sql in new[] { "select nextval('seq_entity')", "/* ' */ select nextval('seq_entity') /* ' */", "select 1 where nextval('seq_entity') > 0" })
        {
            using var response = await Query(client, sql);
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, sql + " → " + body);
            body.Should().Contain("solo lee", sql);
        }

        LastValue(app.Warehouse, "seq_entity").Should().Be(before);
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task A_plain_read_still_answers_as_csv(WarehouseEngine engine)
    {
        using var client = await servers.ClientAs(engine, TwoTownsServers.CommandLine);

        using var response = await Query(client, "select count(*) as n from dim_entity");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal("n", "2");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Functions_that_read_the_servers_files_are_refused_and_nothing_of_the_file_comes_back(WarehouseEngine engine)
    {
        using var client = await servers.ClientAs(engine, TwoTownsServers.CommandLine);
        // DuckDB: the textual checks let these through; the connection's enable_external_access=false refuses them.
        var attempts = engine == WarehouseEngine.DuckDb
            ? new[] { "select * from read_text('/etc/passwd')", "select * from '/etc/passwd'", "select * from read_csv('/etc/passwd')",
                      "select * from glob('/etc/*')", "select * from read_blob('/etc/hostname')" }
            : ["select pg_read_file('/etc/passwd')", "select * from pg_ls_dir('/etc')", "select pg_stat_file('/etc/passwd')"];

        foreach (var sql in attempts)
        {
            using var response = await Query(client, sql);
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, sql + " → " + body);
            body.Should().NotContain("root:", sql).And.NotContain("/etc/hosts", sql);
        }
    }
}

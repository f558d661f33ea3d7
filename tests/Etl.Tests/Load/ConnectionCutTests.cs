using System.Net;
using System.Net.Sockets;
using System.Text;
using Dapper;
using IndicadoresServicio.Etl.Datasets;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;
using Npgsql;

namespace IndicadoresServicio.Etl.Tests.Load;

/// <summary>
/// PostgreSQL going away in the middle of a load, made real without touching the shared server: the load talks to
/// it through a TCP proxy on loopback that cuts every connection once the load has sent a megabyte (well inside its
/// COPY), as a restart of the server does. The load must fail, leave nothing of itself, and the next one be exact.
/// </summary>
public sealed class ConnectionCutTests : IDisposable
{
    private const int Rows = 40_000;
    private const long CutAfterBytes = 1024 * 1024;

    private readonly string _folder = Directory.CreateTempSubdirectory("indicadores-corte-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_load_whose_postgresql_connection_dies_half_way_leaves_nothing_and_the_retry_loads_every_row_once()
    {
        using var test = TestWarehouse.Create(WarehouseEngine.Postgres);
        var profile = Path.Combine(_folder, "perfil.json");
        File.WriteAllText(profile, """
            {"fuente": "ventanilla", "entidad": "Alcaldía de Prueba", "formato": "csv", "separador": ";", "formatos_fecha": ["yyyy-MM-dd"],
             "columnas": {"radicado": "Radicado", "radicado_el": "Fecha", "tipo": "Tipo"}, "valores": {"tipo": {"PETICION": "peticion"}}}
            """);
        var export = Path.Combine(_folder, "grande.csv");
        var text = new StringBuilder("Radicado;Fecha;Tipo\n");
        for (var i = 0; i < Rows; i++)
            text.Append($"R-{i:000000};2024-{1 + i % 12:00}-{1 + i % 28:00};PETICION\n");
        File.WriteAllText(export, text.ToString());
        var options = new FileLoadOptions(new DateOnly(2024, 12, 31), new DateOnly(2024, 12, 31), Path.Combine(_folder, "sin-calendarios"), null);
        var target = new NpgsqlConnectionStringBuilder(test.Warehouse.ConnectionString);

        await using (var cutting = TcpProxy.Start(target.Host!, target.Port, CutAfterBytes))
        {
            var throughProxy = Warehouse.Postgres(new NpgsqlConnectionStringBuilder(target.ConnectionString)
                { Host = "127.0.0.1", Port = cutting.Port, Pooling = false }.ConnectionString);
            var load = () => DatasetProfiles.Open(profile).LoadFile(throughProxy, export, options);

            load.Should().Throw<Exception>("the proxy cut the connection in the middle of the load");
            cutting.Cuts.Should().BeGreaterThan(0, "the cut happened during the load, not before or after it");
        }

        using (var connection = test.Warehouse.OpenConnection())
        {
            connection.ExecuteScalar<long>("SELECT count(*) FROM fct_petition").Should().Be(0, "nothing of the cut load stays");
            connection.ExecuteScalar<long>("SELECT count(*) FROM etl_run WHERE status = 'exitosa'").Should().Be(0);
        }

        var retry = DatasetProfiles.Open(profile).LoadFile(test.Warehouse, export, options);

        retry.Read.Should().Be(Rows);
        retry.Inserted.Should().Be(Rows);
        retry.Quarantined.Should().Be(0);
        using (var connection = test.Warehouse.OpenConnection())
        {
            connection.ExecuteScalar<long>("SELECT count(*) FROM fct_petition").Should().Be(Rows);
            connection.ExecuteScalar<long>("SELECT count(DISTINCT radicado) FROM fct_petition").Should().Be(Rows);
        }
    }

    /// <summary>
    /// Forwards loopback connections to PostgreSQL and, once the clients have sent <c>cutAfter</c> bytes in all,
    /// closes every connection at once, as a server restart does.
    /// </summary>
    private sealed class TcpProxy : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly List<TcpClient> _open = [];
        private readonly CancellationTokenSource _stop = new();
        private long _sent;
        private int _cuts;

        private TcpProxy(string host, int port, long cutAfter)
        {
            _listener.Start();
            _ = Accept(host, port, cutAfter);
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public int Cuts => Volatile.Read(ref _cuts);

        public static TcpProxy Start(string host, int port, long cutAfter) => new(host, port, cutAfter);

        private async Task Accept(string host, int port, long cutAfter)
        {
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                    var server = new TcpClient();
                    await server.ConnectAsync(host, port, _stop.Token);
                    lock (_open)
                        _open.AddRange([client, server]);
                    _ = Pump(client, server, cutAfter, counts: true);
                    _ = Pump(server, client, cutAfter, counts: false);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException) { }
        }

        private async Task Pump(TcpClient from, TcpClient to, long cutAfter, bool counts)
        {
            var buffer = new byte[16 * 1024];
            try
            {
                while (true)
                {
                    var read = await from.GetStream().ReadAsync(buffer, _stop.Token);
                    if (read == 0)
                        break;
                    if (counts && Interlocked.Add(ref _sent, read) > cutAfter)
                    {
                        CutAll();
                        return;
                    }
                    await to.GetStream().WriteAsync(buffer.AsMemory(0, read), _stop.Token);
                }
            }
            catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException or SocketException or InvalidOperationException) { }
            from.Close();
            to.Close();
        }

        private void CutAll()
        {
            Interlocked.Increment(ref _cuts);
            lock (_open)
            {
                foreach (var connection in _open)
                {
                    // A reset, not a polite close: what the client sees when the server's process is gone.
                    try { connection.Client.LingerState = new LingerOption(true, 0); } catch (ObjectDisposedException) { }
                    connection.Close();
                }
                _open.Clear();
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            CutAll();
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.CommandLine.Commands;

namespace IndicadoresServicio.Dashboard.Tests.Hosting;

/// <summary>
/// The real `indicadores servir`, started as its own process on a free loopback port with its own installation
/// folder, and killed (with its children) when the test ends.
/// </summary>
internal sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringWriter _log = new();

    private ServerProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        process.OutputDataReceived += (_, e) => { lock (_log) _log.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (_log) _log.WriteLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public int Port { get; }

    public string Log { get { lock (_log) return _log.ToString(); } }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public async Task Kill()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>
    /// Starts the server of <paramref name="root"/>; its config/appsettings.json must name the port. A
    /// <paramref name="warehouse"/> (a DuckDB path or a PostgreSQL connection string) replaces the installation's own.
    /// </summary>
    /// <param name="arguments">More options for `servir` (--puerto).</param>
    public static Task<ServerProcess> Start(string root, int port, string? warehouse = null, params string[] arguments) =>
        StartCommand("servir", root, port, warehouse, arguments);

    /// <summary>Starts `indicadores <paramref name="command"/>` (servir, trabajador) and waits for its /api/salud on <paramref name="port"/>.</summary>
    public static async Task<ServerProcess> StartCommand(string command, string root, int port, string? warehouse, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["INDICADORES_INICIO"] = root },
        };
        if (warehouse is not null)
            start.Environment[Installation.WarehouseVariable] = warehouse;
        start.ArgumentList.Add(typeof(ServeCommand).Assembly.Location);
        start.ArgumentList.Add(command);
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        var server = new ServerProcess(Process.Start(start)!, port);
        using var http = new HttpClient();
        // Generous: on a 2-core machine running other suites a process can take a minute to answer its first request.
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (DateTime.UtcNow < deadline)
        {
            if (server._process.HasExited)
                throw new InvalidOperationException("El servidor terminó al arrancar:\n" + server.Log);
            try
            {
                // Up: it answers, healthy or not (a source that has not loaded yet makes /api/salud say 503).
                if ((await http.GetAsync($"http://127.0.0.1:{port}/api/salud")).StatusCode is System.Net.HttpStatusCode.OK or System.Net.HttpStatusCode.ServiceUnavailable)
                    return server;
            }
            catch (HttpRequestException) { }
            await Task.Delay(200);
        }
        await server.DisposeAsync();
        throw new TimeoutException("El servidor no respondió en 120 s:\n" + server.Log);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

using System.Diagnostics;
using System.Globalization;
using IndicadoresServicio.Dashboard.Accounts;
using IndicadoresServicio.Dashboard.Bench;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Hosting;
using IndicadoresServicio.Indicators.Bench;
using IndicadoresServicio.Indicators.Warehouse;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Benchmark of the dashboard's pages. From the repository root:
//   dotnet run -c Release --project bench/Dashboard.Bench -- [--peticiones 10000000] [--clientes 16] [--solicitudes 5] [--reutilizar]
// Fills a DuckDB warehouse with the engine benchmark's generated petitions (2020–2024), starts the real server app
// on a loopback port, signs in once as the comité and has N concurrent clients ask each page for 2024.
// Prints Markdown rows for bench/RESULTS.md «Tablero».
var options = BenchOptions.Parse(args);
var spanish = CultureInfo.GetCultureInfo("es-CO");
Console.WriteLine($"Peticiones: {options.Petitions.ToString("N0", spanish)}; clientes: {options.Clients}; solicitudes por cliente y página: {options.RequestsPerClient}; núcleos: {Environment.ProcessorCount}");

var warehouse = Warehouse.DuckDbFile(options.DuckDbPath);
if (!(options.Reuse && File.Exists(options.DuckDbPath)))
{
    Directory.CreateDirectory(Path.GetDirectoryName(options.DuckDbPath)!);
    foreach (var file in new[] { options.DuckDbPath, options.DuckDbPath + ".wal" })
        File.Delete(file);
    Migrator.Apply(warehouse);
    var fill = Stopwatch.StartNew();
    DuckDbFill.Run(warehouse, options.Petitions, n => Console.Error.WriteLine($"  DuckDB: {n:N0} filas"));
    Console.WriteLine($"Llenado DuckDB (appender): {fill.Elapsed.TotalSeconds:F1} s");
}
const string user = "comite-bench";
const string password = "clave-del-banco-de-pruebas";
var users = new AppUsers(warehouse);
if (!users.All().Any(u => u.UserName == user))
    users.Create(user, null, Roles.Committee, null, password);

var root = Directory.CreateTempSubdirectory("indicadores-tablero-bench-").FullName;
var app = ServerHost.Build(new Installation(root), warehouse, 0, [], builder => builder.Logging.SetMinimumLevel(LogLevel.Warning));
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
using var client = await SignedInClient.Create(new Uri(address), user, password);

const string year = "desde=2024-01-01&hasta=2024-12-31&corte=2024-12-31";
(string Page, string Path)[] pages =
[
    ("Resumen", "/?" + year),
    ("Peticiones", "/peticiones?" + year),
    ("Peticiones, una dependencia", "/peticiones?" + year + "&dependencia=Dependencia%2007"),
    ("Por vencer y vencidas", "/por-vencer?" + year),
    ("Comparación (PQ-OPO)", "/comparacion?" + year + "&indicador=PQ-OPO"),
];
Console.WriteLine("| página | solicitudes | p50 | p95 | máx. | solicitudes/s |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: |");
foreach (var (page, path) in pages)
{
    await PageTiming.Measure(client, page, path, 1, 2);   // warm-up: JIT, Razor, DuckDB caches
    var timing = await PageTiming.Measure(client, page, path, options.Clients, options.RequestsPerClient);
    var count = timing.Milliseconds.Count;
    Console.WriteLine($"| {page} | {count} | {timing.Percentile(0.5):F0} ms | {timing.Percentile(0.95):F0} ms | {timing.Milliseconds.Max():F0} ms | {(count / timing.Wall.TotalSeconds).ToString("F1", spanish)} |");
}
await app.StopAsync();
try { Directory.Delete(root, recursive: true); } catch (IOException) { }

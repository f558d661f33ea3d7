using IndicadoresServicio.Bench.Fill;
using System.Diagnostics;
using System.Globalization;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Bench;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Hosting;
using IndicadoresServicio.Warehousing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Benchmark of the dashboard's pages. From the repository root:
//   dotnet run -c Release --project bench/Dashboard.Bench -- [--peticiones 10000000] [--clientes 16] [--solicitudes 5] [--reutilizar]
// Fills a DuckDB warehouse with the engine benchmark's generated petitions (2020–2024), starts the real server app
// on a loopback port, signs in once as the comité and has N concurrent clients ask each page for 2024, cold and warm.
// Prints Markdown rows for bench/RESULTS.md «Tablero».
var options = BenchOptions.Parse(args);
var spanish = CultureInfo.GetCultureInfo("es-CO");
Console.WriteLine($"Bodega: {(options.Postgres is null ? "DuckDB" : $"PostgreSQL, esquema {options.Schema}")}");
Console.WriteLine($"Peticiones: {options.Petitions.ToString("N0", spanish)}; clientes: {options.Clients}; solicitudes por cliente y página: {options.RequestsPerClient}; núcleos: {Environment.ProcessorCount}");

// With --pg the dashboard reads the PostgreSQL schema that `bench/Indicators.Bench --pg` filled (same generator).
var warehouse = options.Postgres is { } postgres
    ? Warehouse.Postgres(new Npgsql.NpgsqlConnectionStringBuilder(postgres) { SearchPath = options.Schema, CommandTimeout = 0 }.ConnectionString)
    : Warehouse.DuckDbFile(options.DuckDbPath);
if (options.Postgres is not null || (options.Reuse && File.Exists(options.DuckDbPath)))
    Migrator.Apply(warehouse);   // a reused warehouse gets the steps added since it was filled, as `servir` would
else
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
async Task Stop()
{
    await app.StopAsync();
    try { Directory.Delete(root, recursive: true); } catch (IOException) { }
}
if (options.DistinctSeconds is { } seconds)
{
    await DistinctViews.Run(client, warehouse, options.Clients, TimeSpan.FromSeconds(seconds));
    await Stop();
    return;
}

// The server keeps the engine's answers per data version (Web/Caching): the first request for a view computes it,
// the next ones until a load commits read it. So each page is measured three ways: cold with one client (a
// period nobody asked yet), cold with every client at once (they share the one computation), and warm.
static (string Page, string Path)[] Pages(string period) =>
[
    ("Resumen", "/?" + period),
    ("Peticiones", "/peticiones?" + period),
    ("Peticiones, una dependencia", "/peticiones?" + period + "&dependencia=Dependencia%2007"),
    ("Por vencer y vencidas", "/por-vencer?" + period),
    ("Comparación (PQ-OPO)", "/comparacion?" + period + "&indicador=PQ-OPO"),
    ("Detalle: peticiones de una dependencia", "/peticiones/detalle?" + period + "&dependencia=Dependencia%2007"),
    ("Calidad de datos", "/calidad?" + period),
];
var year = Pages("desde=2024-01-01&hasta=2024-12-31&corte=2024-12-31");
var coldAlone = Pages("desde=2023-01-01&hasta=2023-12-31&corte=2023-12-31");
foreach (var (page, path) in Pages("desde=2022-01-01&hasta=2022-12-31&corte=2022-12-31"))
    await PageTiming.Measure(client, page, path, 1, 1);   // JIT and Razor, on a period measured nowhere else

Console.WriteLine();
Console.WriteLine("En frío, un cliente (primera solicitud de 2023 tras arrancar):");
Console.WriteLine("| página | tiempo |");
Console.WriteLine("| --- | ---: |");
foreach (var (page, path) in coldAlone)
    Console.WriteLine($"| {page} | {(await PageTiming.Measure(client, page, path, 1, 1)).Milliseconds[0]:F0} ms |");

if (options.ColdOnly)
{
    await Stop();
    return;
}
Console.WriteLine();
Console.WriteLine($"En frío, {options.Clients} clientes a la vez (la primera solicitud de 2024 de cada uno) y luego en caliente ({options.RequestsPerClient} por cliente):");
Console.WriteLine("| página | en frío p50 | en frío máx. | en caliente: solicitudes | p50 | p95 | máx. | solicitudes/s |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
foreach (var (page, path) in year)
{
    var cold = await PageTiming.Measure(client, page, path, options.Clients, 1);
    var timing = await PageTiming.Measure(client, page, path, options.Clients, options.RequestsPerClient);
    var count = timing.Milliseconds.Count;
    Console.WriteLine($"| {page} | {cold.Percentile(0.5):F0} ms | {cold.Milliseconds.Max():F0} ms | {count} | {timing.Percentile(0.5):F0} ms | {timing.Percentile(0.95):F0} ms | {timing.Milliseconds.Max():F0} ms | {(count / timing.Wall.TotalSeconds).ToString("F1", spanish)} |");
}
await Stop();

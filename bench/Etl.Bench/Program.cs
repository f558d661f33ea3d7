using System.Diagnostics;
using System.Globalization;
using Dapper;
using IndicadoresServicio.Etl.Bench;
using IndicadoresServicio.Generator;
using IndicadoresServicio.Warehousing;
using Npgsql;

// ETL benchmark (issue 3): loads N generated petitions from the ventanilla-única CSV into DuckDB (and PostgreSQL
// when --pg is given) through the real ETL, and beside it two raw bulk loads of the same rows already parsed
// (DuckDB appender, PostgreSQL binary COPY): into stg_petition, which has no indexes (the baseline kept from the
// start, so old figures stay comparable), and into fct_petition, the table and indexes the ETL's first load
// writes to, with the calls everyone makes (DuckDB.NET's row appender, Npgsql's binary importer); and the ETL's own
// bulk path into fct_petition (DuckDB data chunks, binary COPY encoded by hand) run on one thread. Each measurement runs in its own process so that its peak memory (VmHWM) is its own.
//   dotnet run -c Release --project bench/Etl.Bench -- [--peticiones 1000000] [--pg "Host=...;Username=...;Database=..."] [--solo-etl]
// --solo-etl skips the raw load, which keeps every parsed row in memory (too much at 10 million).
// --recarga also times loading the same file a second time (every row unchanged, through staging).
// sondear <csv> <perfil>: CPU of reading, mapping and hashing alone, without any warehouse.
if (args.Length > 0 && args[0] == "sondear")
    return Probe.Run(args[1..]);
if (args.Length > 0 && args[0] == "medir")
    return Measurement.Run(args[1..]);

var petitions = OptionOr(args, "--peticiones", 1_000_000L);
var postgres = Option(args, "--pg");
var etlOnly = args.Contains("--solo-etl");
var reload = args.Contains("--recarga");
var folder = Path.GetFullPath(Path.Combine("bench", "out", $"etl-{petitions}"));
var csv = Path.Combine(folder, "ventanilla-unica.csv");
var profile = Path.Combine(folder, "ventanilla-unica.json");
if (!File.Exists(csv) || !File.Exists(profile))
{
    Console.Error.WriteLine($"Generando {petitions:N0} peticiones en {folder}…");
    var clock = Stopwatch.StartNew();
    MunicipalityGenerator.Generate(new GenerationOptions(folder, petitions, WriteXlsx: false));
    Console.Error.WriteLine($"  generadas en {clock.Elapsed.TotalSeconds:F1} s");
}

var rows = new List<string>();
foreach (var engine in postgres is null ? new[] { "duckdb" } : ["duckdb", "postgres"])
{
    var target = engine == "duckdb" ? Path.Combine(folder, "bench.duckdb") : postgres!;
    var etl = Child("etl", engine, target, csv, profile);
    if (reload)
    {
        var again = Child("recarga", engine, target, csv, profile);
        rows.Add($"| {engine}, recarga sin cambios | {Time(again)} | | | | | | | {again.PeakMegabytes:N0} MB | | | {again.Rows:N0} sin cambios |");
    }
    if (etlOnly)
    {
        rows.Add($"| {engine} | {Time(etl)} | | | | | | | {etl.PeakMegabytes:N0} MB | | | {etl.Rows:N0} |");
        continue;
    }
    var staging = Child("bruta", engine, target, csv, profile);
    var facts = Child("bruta-hechos", engine, target, csv, profile);
    // The ETL's own bulk path (DuckDB data chunks, PostgreSQL binary COPY encoded by hand) on one thread.
    var chunks = Child("bruta-bloques", engine, target, csv, profile);
    rows.Add($"| {engine} | {Time(etl)} | {Time(staging)} | {etl.Seconds / staging.Seconds:F2} | {Time(facts)} | {etl.Seconds / facts.Seconds:F2} "
        + $"| {Time(chunks)} | {etl.Seconds / chunks.Seconds:F2} "
        + $"| {etl.PeakMegabytes:N0} MB | {staging.PeakMegabytes:N0} MB | {facts.PeakMegabytes:N0} MB | {etl.Rows:N0} |");
}
Console.WriteLine($"{petitions:N0} peticiones; tiempo (CPU de este proceso entre paréntesis; el del servidor PostgreSQL no cuenta)");
Console.WriteLine("| motor | ETL | bruta stg_petition | razón | bruta fct_petition | razón | bruta fct, camino del ETL | razón | memoria ETL | memoria bruta stg | memoria bruta fct | filas cargadas |");
Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
rows.ForEach(Console.WriteLine);
return 0;

static string Time(Measurement.Result r) => $"{r.Seconds:F1} s ({r.CpuSeconds:F1})";

static Measurement.Result Child(string mode, string engine, string target, string csv, string profile)
{
    var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
    foreach (var a in new[] { typeof(Measurement).Assembly.Location, "medir", mode, engine, target, csv, profile })
        start.ArgumentList.Add(a);
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0)
        throw new InvalidOperationException($"La medición {mode}/{engine} falló:\n{output}");
    var result = Measurement.Result.Parse(output.Trim().Split('\n')[^1]);
    Console.Error.WriteLine($"  {mode,-12} {engine,-9} {result.Seconds,7:F2} s  CPU {result.CpuSeconds,6:F2} s  {result.PeakMegabytes,6:N0} MB  {result.Rows:N0} filas");
    return result;
}

static string? Option(string[] args, string name) =>
    Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static long OptionOr(string[] args, string name, long fallback) =>
    Option(args, name) is { } text ? long.Parse(text, CultureInfo.InvariantCulture) : fallback;

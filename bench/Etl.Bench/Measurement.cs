using System.Diagnostics;
using System.Globalization;
using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Petitions;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Warehousing;
using Npgsql;

namespace IndicadoresServicio.Etl.Bench;

/// <summary>
/// One measurement, in its own process: the real ETL (a first load, or with "recarga" the same file loaded a second
/// time, timed alone), or a raw bulk load of already-parsed rows: into stg_petition ("bruta", no indexes) or into
/// fct_petition ("bruta-hechos", the table and indexes the ETL's first load writes to, with DuckDB.NET's row appender;
/// "bruta-bloques": with the ETL's own bulk writer, DuckDB data chunks or hand-encoded binary COPY, on one thread).
/// </summary>
internal static class Measurement
{
    /// <param name="CpuSeconds">This process's CPU time (all its threads) while timed; a PostgreSQL server's is not in it.</param>
    public sealed record Result(double Seconds, double PeakMegabytes, long Rows, double CpuSeconds)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Seconds} {PeakMegabytes} {Rows} {CpuSeconds}");

        public static Result Parse(string line)
        {
            var parts = line.Split(' ');
            return new(double.Parse(parts[0], CultureInfo.InvariantCulture), double.Parse(parts[1], CultureInfo.InvariantCulture),
                long.Parse(parts[2], CultureInfo.InvariantCulture), double.Parse(parts[3], CultureInfo.InvariantCulture));
        }
    }

    public static int Run(string[] args)
    {
        var (mode, engine, target, csv, profilePath) = (args[0], args[1], args[2], args[3], args[4]);
        var warehouse = FreshWarehouse(engine, target);
        Migrator.Apply(warehouse);
        var profile = MappingProfiles.Load(profilePath);
        var today = DateOnly.FromDateTime(DateTime.Today);
        var options = new FileLoadOptions(today, today, Path.GetTempPath(), null);
        Result result;
        if (mode == "etl")
        {
            var clock = Stopwatch.StartNew();
            var cpu = CpuSeconds();
            var summary = PetitionFileLoad.Run(warehouse, profile, csv, options);
            result = new Result(clock.Elapsed.TotalSeconds, PeakMegabytes(), summary.Inserted, CpuSeconds() - cpu);
        }
        else if (mode == "recarga")
        {
            // The same file again over a warehouse that already has it: classified through staging, nothing to write.
            PetitionFileLoad.Run(warehouse, profile, csv, options);
            var clock = Stopwatch.StartNew();
            var cpu = CpuSeconds();
            var summary = PetitionFileLoad.Run(warehouse, profile, csv, options);
            result = new Result(clock.Elapsed.TotalSeconds, PeakMegabytes(), summary.Unchanged, CpuSeconds() - cpu);
        }
        else
        {
            // Parse and transform first, untimed: the raw load gets rows ready to append.
            var mapping = new PetitionMapping(profile, PetitionFileLoad.CalendarOf(profile, options.NonWorkingDaysDirectory), today);
            var parsed = SourceFiles.Open(csv, profile).Records
                .Where(r => r.IsReadable).Select(r => mapping.Map(r.Row!).Petition).OfType<CanonicalPetition>()
                .Select(p => (Petition: p, Hash: RowHash.Of(p))).ToList();
            var facts = mode == "bruta-hechos" ? RawFactLoad.Prepare(parsed) : null;
            var chunks = mode == "bruta-bloques" ? RawFactLoad.PrepareChunks(parsed) : null;
            // The chunk baseline looks up dimension keys inside the clock; the others before it. Timed alone, taken off.
            var resolving = chunks is null ? TimeSpan.Zero : RawFactLoad.ResolvingTime(warehouse, chunks);
            var clock = Stopwatch.StartNew();
            var cpu = CpuSeconds();
            if (facts is not null)
                RawFactLoad.Load(warehouse, facts);
            else if (chunks is not null)
                RawFactLoad.LoadChunks(warehouse, chunks);
            else
                RawStagingLoad.Load(warehouse, parsed);
            clock.Stop();
            if (chunks is not null)
                Console.Error.WriteLine($"    resolver dimensiones, descontado: {resolving.TotalSeconds:F2} s");
            result = new Result((clock.Elapsed - resolving).TotalSeconds, PeakMegabytes(), facts?.Count ?? parsed.Count, CpuSeconds() - cpu);
        }
        if (Environment.GetEnvironmentVariable("ETL_BENCH_HILOS") is not null)
            ReportThreads();
        Console.WriteLine(result);
        return 0;
    }

    private static Warehouse FreshWarehouse(string engine, string target)
    {
        if (engine == "duckdb")
        {
            foreach (var file in new[] { target, target + ".wal" })
                File.Delete(file);
            return Warehouse.DuckDbFile(target);
        }
        var schema = "bench_etl";
        using (var connection = new NpgsqlConnection(target))
            connection.Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
        return Warehouse.Postgres(new NpgsqlConnectionStringBuilder(target) { SearchPath = schema }.ConnectionString);
    }

    /// <summary>CPU per live thread, busiest first, on stderr: which half of a load is the bottleneck.</summary>
    private static void ReportThreads()
    {
        var ticks = 100.0; // USER_HZ
        var threads = Directory.GetDirectories("/proc/self/task").Select(task =>
        {
            var stat = File.ReadAllText(Path.Combine(task, "stat"));
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
            return (Name: name, Cpu: (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / ticks);
        });
        foreach (var (name, cpu) in threads.Where(t => t.Cpu >= 0.05).OrderByDescending(t => t.Cpu))
            Console.Error.WriteLine($"    hilo {name,-20} {cpu,6:F2} s");
        Console.Error.WriteLine($"    GC: pausas {GC.GetTotalPauseDuration().TotalSeconds:F2} s, colecciones {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, "
            + $"asignado {GC.GetTotalAllocatedBytes() / 1e9:F2} GB");
    }

    private static double CpuSeconds() => Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;

    /// <summary>The process's peak resident memory (VmHWM), which is what the 600 MB target is about.</summary>
    private static double PeakMegabytes()
    {
        var line = File.ReadLines("/proc/self/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
    }
}

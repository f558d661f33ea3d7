using IndicadoresServicio.Bench.Fill;
using System.Globalization;
using Dapper;
using IndicadoresServicio.Indicators.Bench;
using IndicadoresServicio.Warehousing;
using Npgsql;

// Benchmark of the indicator engine. From the repository root:
//   dotnet run -c Release --project bench/Indicators.Bench -- [--peticiones 10000000] [--pg "Host=...;Database=..."]
// Fills a DuckDB warehouse (and a PostgreSQL schema when --pg is given) with generated petitions, then times
// the petition panel against a raw scan of the fact table. Prints Markdown rows for bench/RESULTS.md.
var options = BenchOptions.Parse(args);
var spanish = CultureInfo.GetCultureInfo("es-CO");
Console.WriteLine($"Peticiones: {options.Petitions.ToString("N0", spanish)}; repeticiones: {options.Repetitions}; núcleos: {Environment.ProcessorCount}");

if (!options.PostgresOnly)
{
    var duck = Warehouse.DuckDbFile(options.DuckDbPath);
    if (!(options.Reuse && File.Exists(options.DuckDbPath)))
    {
        foreach (var file in new[] { options.DuckDbPath, options.DuckDbPath + ".wal" })
            File.Delete(file);
        Migrator.Apply(duck);
        var fill = EngineBench.Time(() => DuckDbFill.Run(duck, options.Petitions, n => Console.Error.WriteLine($"  DuckDB: {n:N0} filas")));
        Console.WriteLine($"Llenado DuckDB (appender): {fill.TotalSeconds:F1} s, {(options.Petitions / fill.TotalSeconds).ToString("N0", spanish)} filas/s; archivo {new FileInfo(options.DuckDbPath).Length / 1048576.0:F0} MB");
    }
    else
        Migrator.Apply(duck);   // a reused warehouse gets the steps added since it was filled
    Console.WriteLine("| motor | filas | consulta | tiempo | × scan (medianas) | × scan (mejores) | × scan (CPU) |");
    Console.WriteLine("| --- | ---: | --- | --- | ---: | ---: | ---: |");
    EngineBench.Run("DuckDB, bodega abierta", duck, options.Repetitions, keepOpen: true);
    EngineBench.Run("DuckDB, abre el archivo en cada llamada", duck, options.Repetitions, keepOpen: false);
}

if (options is { Postgres: { } connectionString, Compared: { } compared })
{
    YearlyPanels.Compare(compared.Select(schema => (schema,
        Warehouse.Postgres(new NpgsqlConnectionStringBuilder(connectionString) { SearchPath = schema, CommandTimeout = 0 }.ConnectionString))).ToList(),
        options.Repetitions);
}
else if (options.Postgres is { } postgres)
{
    var schema = options.Schema;
    if (!options.Reuse)
    {
        using var admin = new NpgsqlConnection(postgres);
        admin.Open();
        admin.Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
    }
    var pg = Warehouse.Postgres(new NpgsqlConnectionStringBuilder(postgres) { SearchPath = schema, CommandTimeout = 0 }.ConnectionString);
    Migrator.Apply(pg);   // a reused schema gets the steps added since it was filled
    if (!options.Reuse)
    {
        if (options.Partitioned)
            using (var connection = pg.OpenConnection())
                connection.Execute(File.ReadAllText(Path.Combine("sql", "scale", "partition_fct_petition_by_year.sql")));
        var fill = EngineBench.Time(() => PostgresFill.Run(pg, options.Petitions, n => Console.Error.WriteLine($"  PostgreSQL: {n:N0} filas")));
        Console.WriteLine($"Llenado PostgreSQL{(options.Partitioned ? " particionada por año" : "")} (COPY binario + ANALYZE): {fill.TotalSeconds:F1} s, {(options.Petitions / fill.TotalSeconds).ToString("N0", spanish)} filas/s");
        // Both layouts vacuumed alike, so index-only scans see the same visibility map.
        var vacuum = EngineBench.Time(() => { using var connection = pg.OpenConnection(); connection.Execute("VACUUM (ANALYZE) fct_petition"); });
        Console.WriteLine($"VACUUM ANALYZE: {vacuum.TotalSeconds:F1} s");
    }
    var label = $"PostgreSQL{(options.Partitioned ? ", particionada por año" : "")}";
    if (options.FillOnly)
        YearlyPanels.Describe(schema, pg);
    else if (options.PostgresOnly)
        YearlyPanels.Compare([(schema, pg)], options.Repetitions);
    else
        EngineBench.Run(label, pg, options.Repetitions, keepOpen: true);
}

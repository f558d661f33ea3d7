using IndicadoresServicio.Indicators.Quality;
using IndicadoresServicio.Warehousing.Operations.Migration;
using System.Diagnostics;
using System.Globalization;
using IndicadoresServicio.Dashboard.CommandLine.PanelOutput;
using IndicadoresServicio.Warehousing;
using Npgsql;

namespace IndicadoresServicio.Dashboard.CommandLine.Commands;

/// <summary><c>migrar-a --bd "Host=..."</c>: moves the embedded DuckDB warehouse to PostgreSQL and proves the copy.</summary>
public static class MigrateToCommand
{
    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public static readonly Command Definition = new(
        "migrar-a",
        "Copia la bodega DuckDB a PostgreSQL, comprueba filas e indicadores y dice qué cambiar en la configuración.",
        $"""
        Uso: ./indicadores migrar-a --bd "Host=...;Database=...;Username=...;Password=..." [--desde ARCHIVO.duckdb] [--reemplazar]

        Copia toda la bodega DuckDB (hechos, dimensiones, registro de cargas, cuarentena, marcas de agua, usuarios
        con sus claves, auditoría, encuestas, PAAC, plan, pronóstico y conclusiones del informe anual) a la base
        PostgreSQL de --bd, en una sola transacción: si algo falla o se interrumpe con Ctrl+C, PostgreSQL queda como
        estaba. Luego comprueba que cada tabla tiene las mismas filas en las dos bodegas y que cada indicador da lo
        mismo en ambas (cada año con datos, en total y por dependencia), y dice qué cambiar en la configuración.

        --bd          la bodega PostgreSQL de destino (se crea su esquema si hace falta). El rol debe ser dueño de la base.
        --desde       el archivo DuckDB de origen; por omisión, la bodega configurada ({Installation.WarehouseVariable} o
                      data/indicadores.duckdb).
        --reemplazar  vacía antes las tablas de la bodega PostgreSQL si ya tiene datos (sin esta opción se niega:
                      nunca mezcla dos bodegas).

        Detenga antes el servidor («systemctl stop indicadores» o Ctrl+C en «./indicadores servir»): DuckDB admite
        un solo proceso y la copia debe ser de una bodega quieta. No se copian:
        {string.Join("\n", WarehouseCopy.NotCopied.Select(n => $"  {n.Table}: {n.Reason}"))}
        El archivo DuckDB no se borra: queda como respaldo para volver atrás.
        Sale con 0 si todo coincide, 1 si algo no coincide o falló, 2 si la orden está mal escrita.

        """,
        Run,
        new HashSet<string> { "reemplazar" });

    private static Task<int> Run(Arguments arguments, CommandContext context)
    {
        var targetText = arguments.Text("bd")
            ?? throw new UsageException("Indique la bodega PostgreSQL de destino: --bd \"Host=...;Database=...;Username=...\".");
        var sourceText = arguments.Text("desde");
        var replace = arguments.Flag("reemplazar");
        arguments.RejectUnknown();

        var target = Warehouse.Open(targetText, context.Installation.DataDirectory);
        if (target.Engine != WarehouseEngine.Postgres)
            throw new UsageException($"--bd debe ser una cadena de conexión a PostgreSQL (Host=...;Database=...;Username=...), no el archivo {target.Description}.");
        var configured = sourceText ?? Environment.GetEnvironmentVariable(Installation.WarehouseVariable);
        var source = Warehouse.Open(configured, context.Installation.DataDirectory);
        if (source.Engine != WarehouseEngine.DuckDb)
            throw new UsageException(sourceText is null
                ? $"La bodega configurada ({Installation.WarehouseVariable}) ya es PostgreSQL ({source.Description}): no hay bodega DuckDB que migrar. " +
                  "Indique el archivo con --desde ARCHIVO.duckdb."
                : $"--desde debe ser un archivo DuckDB, no {source.Description}.");
        if (!File.Exists(source.Description))
            throw new UsageException($"La bodega DuckDB {source.Description} no existe: no hay nada que migrar.");

        var progress = (string line) => context.Error.WriteLine(line);
        var clock = Stopwatch.StartNew();
        progress($"Origen: {source.Description}. Destino: {target.Description}.");
        OpenSource(source);
        progress("Preparando el esquema de PostgreSQL (migraciones)…");
        Migrator.Apply(target);
        progress("Copiando las tablas (una sola transacción)…");
        var copy = WarehouseCopy.Copy(source, target, replace, progress, context.Cancellation);
        var rows = copy.Tables.Sum(t => t.Rows);
        progress($"Copiadas {copy.Tables.Count} tablas, {rows.ToString("N0", Colombia)} filas, cada tabla con las mismas filas en las dos bodegas " +
                 $"({clock.Elapsed.TotalSeconds.ToString("0.0", Colombia)} s); {copy.Sequences.Count} secuencias continúan donde iban.");
        if (copy.StrippedNuls > 0)
            progress($"Aviso: {copy.StrippedNuls.ToString("N0", Colombia)} textos traían el carácter NUL, que PostgreSQL no admite; se copiaron sin él.");

        progress("Comparando los indicadores en las dos bodegas…");
        var check = IndicatorComparison.Compare(source.ReadOnly(), target, progress, context.Cancellation);
        Report(check, context.Out);
        var differences = check.Differences;
        if (differences.Count > 0)
        {
            context.Out.WriteLine();
            context.Out.WriteLine($"{differences.Count} cifras NO coinciden:");
            foreach (var d in differences.Take(50))
                context.Out.WriteLine($"  {d.Year} {d.Indicator.Code} {(d.Member.Length == 0 ? "total" : d.Member)}: " +
                                      $"DuckDB {Figure(d.Indicator, d.Source)}, PostgreSQL {Figure(d.Indicator, d.Target)}");
            context.Out.WriteLine("La copia quedó en PostgreSQL, pero no cambie la configuración: siga con la bodega DuckDB y reporte la diferencia.");
            return Task.FromResult(1);
        }
        context.Out.WriteLine();
        context.Out.WriteLine($"Migración completa en {clock.Elapsed.TotalSeconds.ToString("0.0", Colombia)} s: {copy.Tables.Count} tablas, " +
                              $"{rows.ToString("N0", Colombia)} filas; {check.Figures.Count.ToString("N0", Colombia)} cifras de indicadores " +
                              $"({check.Years.Count} años, en total y por dependencia) coinciden en las dos bodegas.");
        foreach (var line in Advice(targetText, source))
            context.Out.WriteLine(line);
        return Task.FromResult(0);
    }

    /// <summary>The source at the current schema (what any command does at start); held by the server, it must be stopped first.</summary>
    private static void OpenSource(Warehouse source)
    {
        try
        {
            Migrator.Apply(source);
        }
        catch (WarehouseException e) when (e.IsLocked)
        {
            throw new WarehouseException($"La bodega {source.Description} está abierta por otro proceso: detenga «./indicadores servir» " +
                                         "(o el servicio: systemctl stop indicadores) antes de migrar, para copiar una bodega quieta.", e, isLocked: true);
        }
    }

    /// <summary>The whole warehouse's figures per year: what an operator reads to see both sides agree.</summary>
    private static void Report(IndicatorComparison.Outcome check, TextWriter output)
    {
        if (check.Years.Count == 0)
        {
            output.WriteLine("La bodega no tiene datos con año: no hubo indicadores que comparar.");
            return;
        }
        output.WriteLine($"{"año",-5} {"indicador",-10} {"DuckDB",14} {"PostgreSQL",14}");
        foreach (var figure in check.Figures.Where(f => f.Member.Length == 0))
            output.WriteLine($"{figure.Year,-5} {figure.Indicator.Code,-10} {Figure(figure.Indicator, figure.Source),14} {Figure(figure.Indicator, figure.Target),14}" +
                             (figure.Matches ? "" : "  NO COINCIDE"));
    }

    // Rounded to the comparison's precision first: 3.7249999999 and 3.7250000001 are the same figure and read the same.
    private static string Figure(Indicators.Catalogue.IndicatorDefinition indicator, Indicators.Measurement.Figures? figures) =>
        figures is null ? "no está" : SpanishFigures.Value(indicator.Unit, figures.Value is { } v ? Math.Round(v, 9) : null);

    /// <summary>Exactly what to change: the variable the product reads, with the connection string (its password left for the operator to type).</summary>
    private static IEnumerable<string> Advice(string targetText, Warehouse source)
    {
        var shown = new NpgsqlConnectionStringBuilder(targetText);
        var hasPassword = !string.IsNullOrEmpty(shown.Password);
        if (hasPassword)
            shown.Password = "CLAVE";
        var value = shown.ConnectionString;
        yield return "";
        yield return "Para que la instalación use PostgreSQL, cambie la bodega en la configuración:";
        yield return $"  - como servicio (systemd): en /etc/indicadores/indicadores.env ponga la línea";
        yield return $"      {Installation.WarehouseVariable}={value}";
        yield return "    y reinicie: sudo systemctl restart indicadores";
        yield return $"  - a mano: export {Installation.WarehouseVariable}='{value}' antes de ./indicadores servir (o --bd \"{value}\" en cada orden)";
        if (hasPassword)
            yield return "  (escriba la clave en lugar de CLAVE; este mensaje no la repite).";
        yield return "Con PostgreSQL la programación de cargas se comparte: puede sumar «./indicadores trabajador» y «servir --sin-tareas» (docs/operacion.md).";
        yield return $"El archivo {source.Description} queda en su lugar con sus datos: guárdelo como respaldo. Para volver atrás, " +
                     $"{Installation.WarehouseVariable}={source.Description}.";
    }
}

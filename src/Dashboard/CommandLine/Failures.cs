using System.Data.Common;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Generator;
using IndicadoresServicio.Dashboard.Querying;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine;

/// <summary>
/// The one table that turns a failure a command did not settle itself into its exit code and its Spanish message,
/// so commands throw and need no catch clause of their own. The first row whose kind matches wins. Exit codes:
/// 0 done, 1 the work failed, 2 the command line was wrong, 3 a load ended «con advertencias» (etl, not a failure),
/// 130 interrupted. A failure no row names is a bug: it is not hidden behind a message.
/// </summary>
public static class Failures
{
    public const int WorkFailed = 1;
    public const int WrongCommandLine = 2;
    public const int Interrupted = 130;

    /// <summary>One kind of failure: what the command line exits with and what it says.</summary>
    public sealed record Row(Type Kind, int ExitCode, Func<Exception, string> Message);

    public static IReadOnlyList<Row> Table { get; } =
    [
        // What the user typed: an option, a period or indicator the catalogue does not know, an account rule, SQL consultar refuses.
        Said<UsageException>(WrongCommandLine),
        Said<MeasurementException>(WrongCommandLine),
        Said<AccountException>(WrongCommandLine),
        Said<ReadOnlyQuery.RefusedException>(WrongCommandLine),
        // Files and options the user gives: a non-working-days file with a bad line, generator options out of range.
        Said<NonWorkingDaysFileException>(WrongCommandLine),
        Said<GenerationOptionsException>(WrongCommandLine),
        new(typeof(OperationCanceledException), Interrupted, _ => "Interrumpido: el trabajo en curso se deshizo."),
        // The work could not be done: a file or profile that cannot be loaded, a full disk, targets, Chromium, the warehouse.
        Said<DiskFullException>(WorkFailed),
        Said<EtlException>(WorkFailed),
        Said<ProfileException>(WorkFailed),
        Said<SourceException>(WorkFailed),
        Said<TargetsException>(WorkFailed),
        Said<ChromiumMissingException>(WorkFailed),
        Said<WarehouseException>(WorkFailed),
        new(typeof(DbException), WorkFailed, DatabaseRefused),
    ];

    /// <summary>The row for <paramref name="failure"/>, or null when no row names it.</summary>
    public static Row? For(Exception failure) => Table.FirstOrDefault(row => row.Kind.IsInstanceOfType(failure));

    private static Row Said<T>(int exitCode) where T : Exception => new(typeof(T), exitCode, e => $"Error: {e.Message}");

    /// <summary>What the database itself refused (out of memory, disk full, connection lost): its words, and ours first.</summary>
    private static string DatabaseRefused(Exception e)
    {
        var advice = Warehouse.IsOutOfMemory(e)
            ? $" La bodega DuckDB no tuvo memoria suficiente: súbala con {Warehouse.DuckDbMemoryVariable} (por ejemplo 2GB; hoy {Warehouse.DuckDbMemoryLimit})."
            : Warehouse.IsDiskFull(e) ? " El disco de la bodega se llenó: libere espacio y repita." : "";
        return $"Error de la bodega de datos; no se guardó nada de la operación.{advice} Detalle: {e.Message}";
    }
}

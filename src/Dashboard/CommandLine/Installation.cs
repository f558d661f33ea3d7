using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.CommandLine;

/// <summary>
/// The folders of one installation: <c>data/</c> (the embedded warehouse, inboxes, reports) and <c>config/</c>
/// (entity calendars, settings). The root is INDICADORES_INICIO, which ./indicadores sets, or the current folder.
/// </summary>
public sealed record Installation(string Root)
{
    public const string RootVariable = "INDICADORES_INICIO";
    public const string WarehouseVariable = "INDICADORES_BD";

    public static Installation FromEnvironment() =>
        new(Path.GetFullPath(Environment.GetEnvironmentVariable(RootVariable) is { Length: > 0 } root ? root : Directory.GetCurrentDirectory()));

    public string DataDirectory => Path.Combine(Root, "data");

    public string NonWorkingDaysDirectory => Path.Combine(Root, "config", "dias-no-habiles");

    /// <summary>The warehouse named by <c>--bd</c>, else INDICADORES_BD, else the embedded DuckDB file.</summary>
    public Warehouse Warehouse(Arguments arguments) =>
        Warehousing.Warehouse.Open(arguments.Text("bd") ?? Environment.GetEnvironmentVariable(WarehouseVariable), DataDirectory);
}

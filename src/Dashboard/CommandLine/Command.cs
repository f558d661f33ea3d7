namespace IndicadoresServicio.Dashboard.CommandLine;

/// <summary>One subcommand of <c>indicadores</c>: its name, a one-line summary, its Spanish help and what it does.</summary>
public sealed record Command(
    string Name,
    string Summary,
    string Help,
    Func<Arguments, CommandContext, Task<int>> Run,
    IReadOnlySet<string>? Flags = null)
{
    /// <summary>
    /// Only reads the warehouse: while `servir` holds the DuckDB file (one writer at a time, and DuckDB refuses even a
    /// reader beside it) the running server runs the command for it (<see cref="BesideServer"/>).
    /// </summary>
    public bool ReadsOnly { get; init; }
}

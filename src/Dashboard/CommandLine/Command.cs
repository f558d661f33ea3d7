namespace IndicadoresServicio.Dashboard.CommandLine;

/// <summary>One subcommand of <c>indicadores</c>: its name, a one-line summary, its Spanish help and what it does.</summary>
public sealed record Command(
    string Name,
    string Summary,
    string Help,
    Func<Arguments, CommandContext, Task<int>> Run,
    IReadOnlySet<string>? Flags = null);

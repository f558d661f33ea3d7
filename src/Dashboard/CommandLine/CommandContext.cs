namespace IndicadoresServicio.Dashboard.CommandLine;

/// <summary>What a command talks to: its streams and the installation it works on.</summary>
public sealed record CommandContext(TextReader In, TextWriter Out, TextWriter Error, Installation Installation)
{
    /// <summary>Standard error is a terminal: progress bars are drawn there.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Standard input is a person at a terminal, not a pipe: secrets are then never read from it.</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>Stops long work on Ctrl+C; the work in flight is rolled back.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>The command runs inside `servir`, for a command line that found the warehouse held: never handed on again.</summary>
    public bool InServer { get; init; }
}

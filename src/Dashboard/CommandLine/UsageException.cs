namespace IndicadoresServicio.Dashboard.CommandLine;

/// <summary>The user typed something the command cannot take. Its Spanish message is shown and the exit code is 2.</summary>
public sealed class UsageException(string message) : Exception(message);

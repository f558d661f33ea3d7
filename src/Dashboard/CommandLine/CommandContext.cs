namespace IndicadoresServicio.Dashboard.CommandLine;

/// <summary>What a command talks to: its streams and the installation it works on.</summary>
public sealed record CommandContext(TextReader In, TextWriter Out, TextWriter Error, Installation Installation);

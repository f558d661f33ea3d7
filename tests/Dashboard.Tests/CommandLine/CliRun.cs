using IndicadoresServicio.Dashboard.CommandLine;

namespace IndicadoresServicio.Dashboard.Tests.CommandLine;

/// <summary>Runs the real command line in-process, as ./indicadores would, and keeps what it wrote.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> Of(string root, string? input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await Cli.RunAsync(args, new CommandContext(new StringReader(input ?? ""), output, error, new Installation(root)));
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
}

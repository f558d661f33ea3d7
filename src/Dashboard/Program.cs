using System.Text;
using IndicadoresServicio.Dashboard.CommandLine;

// The `indicadores` command line. Standard output is buffered (a batch of 100,000 due dates must not pay
// one system call per line) and flushed once at the end.
Console.OutputEncoding = new UTF8Encoding(false);
var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl+C asks the work in flight to stop and roll back; a second one ends the process.
    if (interrupted.IsCancellationRequested) return;
    e.Cancel = true;
    interrupted.Cancel();
};
try
{
    return await Cli.RunAsync(args, new CommandContext(input, output, Console.Error, Installation.FromEnvironment())
    {
        ErrorIsTerminal = !Console.IsErrorRedirected,
        InputIsTerminal = !Console.IsInputRedirected,
        Cancellation = interrupted.Token,
    });
}
finally
{
    await output.FlushAsync();
}

using System.Text;
using IndicadoresServicio.Dashboard.CommandLine;

// The `indicadores` command line. Standard output is buffered (a batch of 100,000 due dates must not pay
// one system call per line) and flushed once at the end.
Console.OutputEncoding = new UTF8Encoding(false);
var output = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var input = new StreamReader(Console.OpenStandardInput(), Encoding.UTF8);
try
{
    return await Cli.RunAsync(args, new CommandContext(input, output, Console.Error, Installation.FromEnvironment()));
}
finally
{
    await output.FlushAsync();
}

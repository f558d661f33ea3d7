using IndicadoresServicio.Dashboard.Printing;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Reports;

/// <summary>
/// Tests that change a process-wide environment variable run alone, after every parallel test has finished: the
/// variable that points the printer to Chromium would otherwise send another class's reports to a missing browser.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironment
{
    public const string Name = "Variables de entorno del proceso";
}

[Collection(ProcessEnvironment.Name)]
public sealed class MissingChromiumTests
{
    [Fact]
    public async Task Without_chromium_the_command_says_in_spanish_how_to_install_it_and_exits_1()
    {
        using var installation = ReportInstallation.Create(WarehouseEngine.DuckDb);
        Environment.SetEnvironmentVariable(PdfPrinter.ChromiumVariable, "/no/existe/chromium");
        try
        {
            var run = await CliRun.Of(installation.Root, null,
                ["informe", "comite", "--desde", "2024-03-01", "--hasta", "2024-03-31", "--corte", "2024-04-15", "--salida", installation.Output("x.pdf"), "--bd", installation.WarehouseArgument]);

            run.ExitCode.Should().Be(1);
            run.Error.Should().Contain("apt-get install chromium");
            File.Exists(installation.Output("x.pdf")).Should().BeFalse();
        }
        finally
        {
            Environment.SetEnvironmentVariable(PdfPrinter.ChromiumVariable, null);
        }
    }
}

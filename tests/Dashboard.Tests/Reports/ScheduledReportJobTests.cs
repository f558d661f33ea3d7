using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Reports;
using IndicadoresServicio.Dashboard.Tests.Web;
using IndicadoresServicio.Dashboard.Web;
using IndicadoresServicio.Warehousing;
using Microsoft.Extensions.Logging;

namespace IndicadoresServicio.Dashboard.Tests.Reports;

public sealed class ScheduledReportJobTests
{
    [Fact]
    public async Task The_monthly_pack_job_writes_on_the_first_business_day_and_says_where_in_the_log()
    {
        using var installation = ReportInstallation.Create(WarehouseEngine.DuckDb);
        var log = new WrittenLog<MonthlyPackJob>();
        var job = new MonthlyPackJob(new Installation(installation.Root), installation.Test.Warehouse,
            new ColombianClock(new FixedClock(new DateOnly(2024, 4, 1))), log);

        await job.Execute(null!, CancellationToken.None);

        var folder = Path.Combine(installation.Root, "data", "informes", "2024-03");
        log.Lines.Should().Equal($"Information: Paquete mensual de informes: 3 PDF en {folder}.");
        Directory.GetFiles(folder, "*.pdf").Should().HaveCount(3);
    }

    [Fact]
    public async Task A_report_job_that_cannot_write_logs_why_in_Spanish_and_does_not_throw_to_the_scheduler()
    {
        using var installation = ReportInstallation.Create(WarehouseEngine.DuckDb);
        File.WriteAllText(Path.Combine(installation.Root, "data"), "un archivo donde debía ir la carpeta de datos");
        var log = new WrittenLog<MonthlyPackJob>();
        var job = new MonthlyPackJob(new Installation(installation.Root), installation.Test.Warehouse,
            new ColombianClock(new FixedClock(new DateOnly(2024, 4, 1))), log);

        var run = async () => await job.Execute(null!, CancellationToken.None);

        await run.Should().NotThrowAsync();
        log.Lines.Should().ContainSingle().Which.Should().StartWith("Error: No se pudo generar el paquete mensual de informes: ");
    }

    [Fact]
    public async Task The_monthly_pack_job_does_nothing_on_any_other_day()
    {
        using var installation = ReportInstallation.Create(WarehouseEngine.DuckDb);
        var log = new WrittenLog<MonthlyPackJob>();
        var job = new MonthlyPackJob(new Installation(installation.Root), installation.Test.Warehouse,
            new ColombianClock(new FixedClock(new DateOnly(2024, 4, 2))), log);

        await job.Execute(null!, CancellationToken.None);

        Directory.Exists(Path.Combine(installation.Root, "data", "informes")).Should().BeFalse();
        log.Lines.Should().BeEmpty();
    }

    /// <summary>The log as an operator reads it: level and the rendered message, one line per entry.</summary>
    private sealed class WrittenLog<T> : ILogger<T>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add($"{logLevel}: {formatter(state, exception)}");
    }
}

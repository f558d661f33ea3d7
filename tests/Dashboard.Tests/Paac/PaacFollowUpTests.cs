using System.Globalization;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Reports;
using IndicadoresServicio.Dashboard.Tests.Reports;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Paac;
using MiniExcelLibs;

namespace IndicadoresServicio.Dashboard.Tests.Paac;

/// <summary>
/// The scheduler's PAAC follow-up: written on the 5th business day after each cut-off (dates worked out on the 2024
/// and 2025 calendars by hand), once, into data/informes/paac/AAAA-MM-DD/.
/// </summary>
public sealed class PaacFollowUpTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("indicadores-paac-seguimiento-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Theory]
    // Tuesday; May 1 (Día del Trabajo) is a holiday: May 2, 3, 6, 7, 8.
    [InlineData("2024-04-30", "2024-05-08")]
    // Saturday: September 2 to 6.
    [InlineData("2024-08-31", "2024-09-06")]
    // Tuesday; January 1 and Monday January 6, 2025 (Reyes Magos) are holidays: January 2, 3, 7, 8, 9.
    [InlineData("2024-12-31", "2025-01-09")]
    public void The_follow_up_is_written_on_the_fifth_business_day_after_the_cut_off(string cutOff, string writtenOn)
    {
        PaacFollowUp.WrittenOn(D(cutOff), BusinessCalendar.National).Should().Be(D(writtenOn));
    }

    [Theory]
    [InlineData("2024-05-07", null)]
    [InlineData("2024-05-08", "2024-04-30")]
    // The 10th business day (May 13, Ascensión, is a holiday): a server that was off on the 8th still writes it.
    [InlineData("2024-05-16", "2024-04-30")]
    [InlineData("2024-05-17", null)]
    [InlineData("2024-09-05", null)]
    [InlineData("2024-09-06", "2024-08-31")]
    [InlineData("2025-01-08", null)]
    [InlineData("2025-01-09", "2024-12-31")]
    [InlineData("2024-07-01", null)]
    public void The_job_acts_from_that_day_until_the_tenth_business_day_only(string today, string? cutOff)
    {
        PaacFollowUp.CutOffDue(D(today), BusinessCalendar.National).Should().Be(cutOff is null ? null : D(cutOff));
    }

    [Fact]
    public async Task The_job_writes_the_april_report_and_matrix_once_on_its_day_and_nothing_before()
    {
        using var test = TestWarehouse.Create(WarehouseEngine.DuckDb);
        new PaacFixture(test.Warehouse).Add(PaacPlanWorkbook.Entity, PaacFixture.Plan2024);
        Directory.CreateDirectory(Path.Combine(_root, "config"));
        File.WriteAllText(Path.Combine(_root, "config", "appsettings.json"), $$$"""{"Indicadores": {"Entidad": "{{{PaacPlanWorkbook.Entity}}}"}}""");
        var installation = new Installation(_root);
        var context = ReportSources.Context(installation, test.Warehouse);

        var before = await PaacFollowUp.WriteDue(context, installation.DataDirectory, D("2024-05-07"), BusinessCalendar.National);
        var first = await PaacFollowUp.WriteDue(context, installation.DataDirectory, D("2024-05-08"), BusinessCalendar.National);
        var again = await PaacFollowUp.WriteDue(context, installation.DataDirectory, D("2024-05-09"), BusinessCalendar.National);

        before.Files.Should().BeEmpty();
        before.Message.Should().BeNull();
        var folder = Path.Combine(installation.DataDirectory, "informes", "paac", "2024-04-30");
        first.Files.Should().Equal(Path.Combine(folder, "seguimiento-paac.pdf"), Path.Combine(folder, "seguimiento-paac.xlsx"));
        first.Message.Should().Contain("corte al 30 de abril de 2024").And.Contain(folder);
        again.Files.Should().BeEmpty();
        again.Message.Should().BeNull();
        // At April: component 1 has 1.1 (100) and the recurring 2.1 (30) due, 65 %; component 4 its recurring 1.2 (33);
        // the plan (65 + 33) / 2 = 49 %.
        var pdf = PdfText.Read(first.Files[0]);
        pdf.Flat.Should().Contain(PaacPlanWorkbook.Entity)
            .And.Contain("Fecha de corte: 30 de abril de 2024")
            .And.Contain("Avance del plan al 30 de abril de 2024: 49,0 % (Rojo: zona baja)")
            .And.Contain("Actividades programadas: 7; vencidas al corte: 3; cumplidas: 1; rezagadas: 2 (0 sin reporte)");
        // The OCI's observation on 1.2 (not due till June, 50 % in April) is published with its component.
        pdf.Text.Split('\n').Should().Contain(l => l.Contains("1.2") && l.Contains("50") && l.Contains("Falta publicar"));
        var matrix = MiniExcel.Query(first.Files[1], useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        matrix.Should().HaveCount(7);
        matrix.Select(r => (r["No."]?.ToString(), Convert.ToDouble(r["% de avance"] ?? double.NaN, CultureInfo.InvariantCulture)))
            .Should().Contain(("2.1", 30)).And.Contain(("1.2", 33));
    }

    [Fact]
    public async Task Without_the_vigencias_plan_nothing_is_written_and_the_log_says_why_in_spanish()
    {
        using var test = TestWarehouse.Create(WarehouseEngine.DuckDb);
        var installation = new Installation(_root);

        var outcome = await PaacFollowUp.WriteDue(ReportSources.Context(installation, test.Warehouse), installation.DataDirectory,
            D("2024-09-06"), BusinessCalendar.National);

        outcome.Files.Should().BeEmpty();
        outcome.Message.Should().Be("Seguimiento al PAAC con corte al 31 de agosto de 2024: no hay un plan cargado para la vigencia 2024; se intentará de nuevo mañana.");
        Directory.Exists(PaacFollowUp.Folder(installation.DataDirectory, D("2024-08-31"))).Should().BeFalse();
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

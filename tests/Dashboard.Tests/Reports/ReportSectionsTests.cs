using System.Text.RegularExpressions;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Reports;

/// <summary>
/// The ficha and the Comité report with every dataset loaded (<see cref="EveryDataset"/>, whose figures are worked out
/// by hand): the forecast, satisfaction, PAAC and plan sections, printed by the real Chromium and read back with
/// pdftotext. Both reports from one warehouse per engine. The sections' sentences for a dataset not loaded are
/// checked in <see cref="ReportCommandTests"/>, whose warehouse holds petitions only.
/// </summary>
public sealed class ReportSectionsTests
{
    public static TheoryData<WarehouseEngine> Engines => ReportCommandTests.Engines;

    // March's petitions, measured at the plan's third-quarter cut-off.
    private static readonly string[] March = ["--desde", "2024-03-01", "--hasta", "2024-03-31", "--corte", "2024-09-30"];

    [Theory, MemberData(nameof(Engines))]
    public async Task The_ficha_and_the_comite_report_show_the_plan_paac_satisfaction_and_forecast_figures(WarehouseEngine engine)
    {
        using var installation = ReportInstallation.Create(engine);
        EveryDataset.LoadInto(installation);
        var fichaPdf = installation.Output("ficha.pdf");
        var comitePdf = installation.Output("comite.pdf");

        var ficha = await Run(installation, ["informe", "ficha", "--dependencia", "Secretaría de Hacienda", .. March, "--salida", fichaPdf]);
        var comite = await Run(installation, ["informe", "comite", .. March, "--salida", comitePdf]);

        ficha.ExitCode.Should().Be(0, ficha.Error);
        comite.ExitCode.Should().Be(0, comite.Error);
        var f = PdfText.Read(fichaPdf);

        // Forecast: the stored weeks after the cut-off, the first four summed.
        f.Flat.Should().Contain("Demanda esperada en las próximas semanas")
            .And.Contain("hasta el 30 de septiembre de 2024")
            .And.Contain("En las 4 semanas siguientes se esperan unas 44 peticiones");
        f.RowStartingWith("30/09/2024").Should().Contain("12,4").And.Contain("9,4").And.Contain("15,4");
        f.RowStartingWith("28/10/2024").Should().Contain("8");

        // Satisfaction: its own panel rows, the interval and the sample.
        f.RowStartingWith("SA-N").Should().Contain("32");
        f.RowStartingWith("SA-T2B").Should().Contain("78,1 %");
        f.Flat.Should().Contain("Satisfacción (SA-T2B): 78,1 %, intervalo de confianza del 95 %: 61,2 % – 89,0 %, con 32 respuestas válidas.");

        // PAAC at the August follow-up: Hacienda's own activities.
        f.Flat.Should().Contain("Plan Anticorrupción y de Atención al Ciudadano (vigencia 2024, corte del 31 de agosto de 2024)")
            .And.Contain("Avance de sus actividades vencidas al 31 de agosto de 2024: 75,0 % (Amarillo: zona media)")
            .And.Contain("Actividades a su cargo: 3; vencidas al corte: 2; cumplidas: 1; rezagadas: 1 (0 sin reporte).")
            .And.Contain("2.1 Actividad 2.1 del 15/08/2024 50 Rezagada")
            .And.Contain("1.1 Actividad 1.1 del 30/06/2024 100 Cumplida")
            .And.Contain("1.1 Actividad 1.1 del 31/12/2024 10 No vence");
        Regex.Count(f.Flat, @"Actividad \d\.\d del").Should().Be(3, "Gobierno's activities are not Hacienda's");

        // Plan goals of 2024: programmed and achieved at the cut-off, PD-EF, PD-AV, band, the critical one flagged.
        f.Flat.Should().Contain("Metas del Plan de Desarrollo (2024)")
            .And.Contain("Eficacia a la fecha (PD-EF) de sus metas: 75 % (Satisfactorio)")
            .And.Contain("2 metas programadas en el año; 1 en ruta crítica");
        Cells(f.RowStartingWith("3204001")).Should().ContainInOrder("30", "15", "50", "37,5", "Bajo", "Sí:");
        Cells(f.RowStartingWith("2.1.1")).Should().ContainInOrder("18", "19", "100", "55,9", "Sobresaliente", "No");

        var c = PdfText.Read(comitePdf);
        // Responses, valid answers, satisfaction and the start of its Wilson interval (the rest wraps to the row's next line).
        c.Flat.Should().Contain("Satisfacción ciudadana por dependencia")
            .And.Contain("32 32 78,1 61,2 % –").And.Contain("89,0 %")
            .And.Contain("3 3 33,3 6,1 % –").And.Contain("79,2 %")
            .And.Contain("Avance del plan al 31 de agosto de 2024: 62,5 % (Amarillo: zona media). Actividades programadas: 5; vencidas al corte: 4; rezagadas: 2 (1 sin reporte).")
            .And.Contain("Rojo: zona baja").And.Contain("sin datos")
            .And.Contain("Eficacia a la fecha (PD-EF) del plan: 83,9 % (Sobresaliente)")
            .And.Contain("Rutas críticas: 1 meta con eficacia menor a 60 %")
            .And.Contain("3204001");
        // Gobierno's 3 answers, not Hacienda's 32, are too few to conclude anything.
        Regex.Count(c.Flat, "insuficiente").Should().Be(1);
        // Hacienda's row: its light, «no comparable» against the rest (only Gobierno's 3 answers; «comparable» wraps to
        // the row's next line), then its sample.
        c.Flat.Should().Contain("Amarillo: cerca de la meta no suficiente Hacienda 89,0 % comparable");

        // Gobierno's ficha in April, as HTML (no second print needed): 3 answers, and no OCI follow-up of 2024 yet.
        var context = new ReportContext(installation.Test.Warehouse, Targets.Defaults, new ReportIdentity(ReportInstallation.Entity, null));
        var april = System.Net.WebUtility.HtmlDecode(DependencyScorecard.Build(context,
            Period.Of(new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 31)), new DateOnly(2024, 4, 15), ReportInstallation.Gobierno).Html);
        april.Should().Contain("Satisfacción (SA-T2B): 33,3 %, intervalo de confianza del 95 %: 6,1 % – 79,2 %, con 3 respuestas válidas: muestra insuficiente")
            .And.Contain("No hay un Plan Anticorrupción cargado para la vigencia 2023. El de la vigencia 2024 tiene su primer seguimiento con corte al 30 de abril de 2024.")
            .And.Contain("La dependencia no tiene metas del Plan de Desarrollo programadas para 2024")
            .And.Contain("El último pronóstico guardado (con datos hasta el 30 de septiembre de 2024) no tiene semanas de la dependencia posteriores al corte.");
    }

    /// <summary>A printed row's cells as words (a cell's text may hold spaces; the numbers and bands do not).</summary>
    private static IReadOnlyList<string> Cells(string row) => row.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static Task<CliRun> Run(ReportInstallation installation, string[] args) =>
        CliRun.Of(installation.Root, null, [.. args, "--bd", installation.WarehouseArgument]);
}

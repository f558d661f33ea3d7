using IndicadoresServicio.Warehousing.Committee;
using System.Text.RegularExpressions;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Indicators.Forecast;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Reports;

/// <summary>
/// The Mesa Técnica's annual report for 2024 (measured on 2025-01-15) from a warehouse with every dataset
/// (<see cref="ReportInstallation"/>'s petitions and <see cref="EveryDataset"/>), written as Word and as PDF and read
/// back. Figures worked out by hand from the fixture's seven petitions of 2024 (none in 2023):
/// <list type="bullet">
/// <item>Entity: 7 filed, 5 answered; with term 6, answered with term 4 (H-1 10 días, H-2 20, G-1 6, H-0 11): PQ-TMR
/// 47 / 4 = 11,8 días; on time H-1, G-1, H-0: PQ-OPO 3 / 4 = 75,0 %; late or overdue H-2, H-3, H-4: PQ-VEN 3 / 6 = 50,0 %.</item>
/// <item>Hacienda: 5 filed, PQ-OPO 2 / 3 = 66,7 % (rojo), PQ-VEN 3 / 5 = 60,0 %, all 3 of the entity's late ones.
/// Gobierno: 2 filed, 1 / 1 on time = 100,0 %.</item>
/// <item>PAAC at 2024-12-31: every activity due; components 1 (100 and unreported 0) 50 %, 2 (90) 90 %, 4 (100, 100)
/// 100 %: (50 + 90 + 100) / 3 = 80,0 %; 3 of 5 completed, 2 lagging, 1 unreported.</item>
/// <item>A monthly forecast stored on 2024-12-31 for January to March 2025: entity 10 + 12 + 14 = 36; Hacienda 24, Gobierno 12.</item>
/// </list>
/// </summary>
public sealed class AnnualReportTests
{
    public static TheoryData<WarehouseEngine> Engines => ReportCommandTests.Engines;

    private static readonly string[] Vigencia2024 = ["--vigencia", "2024", "--corte", "2025-01-15"];

    private const string Conclusions = "La oportunidad de Hacienda (66,7 %) exige un plan de choque.\n\nRecomendamos publicar el informe en la sede electrónica.";

    [Theory, MemberData(nameof(Engines))]
    public async Task The_annual_report_in_Word_and_PDF_shows_the_vigencias_figures_findings_and_the_mesas_conclusions(WarehouseEngine engine)
    {
        using var installation = ReportInstallation.Create(engine);
        EveryDataset.LoadInto(installation);
        var warehouse = installation.Test.Warehouse;
        StoreMonthlyForecast(warehouse);
        AnnualConclusions.Save(warehouse, 2024, "  " + Conclusions.Replace("\n", "\r\n") + "\n", "mesa.tecnica", new DateTime(2025, 1, 10, 9, 30, 0));
        AnnualConclusions.Read(warehouse, 2024)!.Conclusions.Should().Be(Conclusions, "the text round-trips, only trimmed and with one kind of line break");
        AnnualConclusions.Read(warehouse, 2023).Should().BeNull();

        var docx = installation.Output("informe-anual-2024.docx");
        var pdf = installation.Output("informe-anual-2024.pdf");
        var word = await Run(installation, ["informe", "anual", .. Vigencia2024, "--salida", docx]);
        var print = await Run(installation, ["informe", "anual", .. Vigencia2024, "--salida", pdf]);
        var measured = await Run(installation, ["medir", "--desde", "2024-01-01", "--hasta", "2024-12-31", "--corte", "2025-01-15"]);
        word.ExitCode.Should().Be(0, word.Error);
        print.ExitCode.Should().Be(0, print.Error);
        measured.ExitCode.Should().Be(0, measured.Error);

        var w = WordText.Read(docx);
        w.ValidationErrors.Should().BeEmpty("Word opens only a valid document");
        w.Header.Should().Be("Alcaldía de Prueba · Informe anual de la Mesa Técnica de Servicio al Ciudadano");
        w.Footer.Should().StartWith("Fecha de corte: 15 de enero de 2025 · Página ").And.Contain(" de ");
        w.Headings("Title").Should().Equal("Informe anual de la Mesa Técnica de Servicio al Ciudadano");
        w.Headings("Heading1").Should().Equal(
            "Peticiones, quejas, reclamos, sugerencias y denuncias (PQRSD) de 2024",
            "Satisfacción ciudadana en 2024",
            "Plan Anticorrupción y de Atención al Ciudadano (vigencia 2024, corte del 31 de diciembre de 2024)",
            "Plan de Desarrollo (2024)",
            "Demanda esperada en 2025",
            "Hallazgos",
            "Conclusiones y recomendaciones de la Mesa Técnica");
        w.Pictures.Should().Be(2, "the monthly trend's two charts are pictures in Word");

        // Every petition indicator as medir gives it: value, target, previous vigencia and change.
        foreach (var line in measured.Out.Split('\n').Where(l => l.StartsWith("PQ-", StringComparison.Ordinal)))
        {
            var cells = Regex.Split(line.Trim(), @"\s{2,}");
            var code = cells[0].Split(' ')[0];
            var row = w.Row(code);
            row[2].Should().Be(cells[1], $"{code} has medir's value");
        }
        w.Row("PQ-OPO").Should().Equal("PQ-OPO", "Oportunidad de respuesta", "75,0 %", "≥ 95,0 %", "Rojo", "—", "—");
        w.Row("PQ-VEN")[2].Should().Be("50,0 %");
        w.Row("PQ-TMR")[2].Should().Be("11,8 días");
        w.Row("PQ-VOL").Should().ContainInOrder("7", "0", "+7");
        w.AllText.Should().Contain("En 2024 se radicaron 7 peticiones (+7 frente a la vigencia anterior). Oportunidad de respuesta: 75,0 % (meta ≥ 95,0 %, rojo)");

        // By dependency; where petitions expired.
        w.Row("Secretaría de Hacienda").Should().ContainInOrder("Secretaría de Hacienda", "5", "66,7 %", "Rojo");
        w.AllText.Should().Contain("3 peticiones con término se respondieron tarde o estaban vencidas sin respuesta al 15 de enero de 2025, en 1 dependencia:");
        w.Tables.Single(t => t[0][1] == "Tardías o vencidas")[1].Should().Equal("Secretaría de Hacienda", "3", "5", "60,0 %", "100,0 %");

        // PAAC at December 31, the forecast, the findings with their figures, the conclusions as paragraphs.
        w.AllText.Should().Contain("Avance del plan al 31 de diciembre de 2024: 80,0 %")
            .And.Contain("Actividades programadas: 5; cumplidas: 3; rezagadas: 2 (1 sin reporte).")
            .And.Contain("Para los 3 meses de 2025 que alcanza (01/01/2025 a 31/03/2025) se esperan unas 36 peticiones en la entidad.");
        w.Row("Secretaría de Gobierno").Should().NotBeEmpty();
        w.Tables.Single(t => t[0][1] == "Pronóstico")[1].Should().Equal("Secretaría de Hacienda", "24", "21", "27");
        w.AllText.Should().Contain("Secretaría de Hacienda: 66,7 % de sus peticiones con término respondidas a tiempo, meta ≥ 95,0 %; sin cifra de la vigencia anterior.")
            .And.Contain("Secretaría de Hacienda: 0 → 5 peticiones (+5).")
            .And.Contain("Secretaría de Gobierno: 0 → 2 peticiones (+2).");
        w.Paragraphs.Should().Contain(("", "La oportunidad de Hacienda (66,7 %) exige un plan de choque."))
            .And.Contain(("", "Recomendamos publicar el informe en la sede electrónica."));

        // The PDF says the same.
        var p = PdfText.Read(pdf);
        p.RowStartingWith("PQ-OPO").Should().Contain("75,0 %").And.Contain("Rojo");
        p.Flat.Should().Contain("Fecha de corte: 15 de enero de 2025")
            .And.Contain("Avance del plan al 31 de diciembre de 2024: 80,0 %")
            .And.Contain("se esperan unas 36 peticiones en la entidad")
            .And.Contain("Secretaría de Hacienda: 0 → 5 peticiones (+5).")
            .And.Contain("La oportunidad de Hacienda (66,7 %) exige un plan de choque.")
            .And.Contain("Recomendamos publicar el informe en la sede electrónica.");
    }

    [Theory, MemberData(nameof(Engines))]
    public async Task Without_conclusions_the_report_says_where_the_mesa_writes_them_and_a_cut_off_before_year_end_is_refused(WarehouseEngine engine)
    {
        using var installation = ReportInstallation.Create(engine);
        var docx = installation.Output("anual.docx");

        var early = await Run(installation, ["informe", "anual", "--vigencia", "2024", "--corte", "2024-12-30", "--salida", docx]);
        var written = await Run(installation, ["informe", "anual", .. Vigencia2024, "--salida", docx]);

        early.ExitCode.Should().Be(2);
        early.Error.Should().Contain("La fecha de corte (30/12/2024) es anterior al fin del periodo (31/12/2024)");
        written.ExitCode.Should().Be(0, written.Error);
        var w = WordText.Read(docx);
        w.ValidationErrors.Should().BeEmpty();
        w.AllText.Should().Contain("La Mesa Técnica aún no ha escrito sus conclusiones para esta vigencia.")
            .And.Contain("No hay encuestas de satisfacción cargadas para la vigencia.")
            .And.Contain("No hay un pronóstico mensual de la demanda guardado");
    }

    private static void StoreMonthlyForecast(Warehouse warehouse)
    {
        var origin = new DateOnly(2024, 12, 31);
        SeriesForecast Series(ArrivalSlice slice, string name, params double[] points) =>
            new(new SeriesKey(slice, name), ForecastMethod.Model, null,
                points.Select((p, i) => new PeriodForecast(new DateOnly(2025, 1 + i, 1), i + 1, p, p - 1, p + 1)).ToList(), []);
        ForecastStore.Save(warehouse, new DemandForecast(origin, ForecastFrequency.Month, "prueba", [],
            [
                Series(ArrivalSlice.Entity, SeriesKey.Entity.Name, 10, 12, 14),
                Series(ArrivalSlice.Dependency, ReportInstallation.Hacienda, 7, 8, 9),
                Series(ArrivalSlice.Dependency, ReportInstallation.Gobierno, 3, 4, 5),
            ], []), new DateTime(2025, 1, 1, 6, 0, 0));
    }

    private static Task<CliRun> Run(ReportInstallation installation, string[] args) =>
        CliRun.Of(installation.Root, null, [.. args, "--bd", installation.WarehouseArgument]);
}

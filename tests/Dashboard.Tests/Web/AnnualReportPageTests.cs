using IndicadoresServicio.Warehousing.Committee;
using System.Net;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Warehousing.Accounts;
using IndicadoresServicio.Dashboard.Reports;
using IndicadoresServicio.Dashboard.Tests.Reports;
using IndicadoresServicio.Dashboard.Tests.CommandLine;
using IndicadoresServicio.Dashboard.Web.Reports;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>
/// The Informes page over the real app (today 2024-06-30, so the last vigencia that ended is 2023): the Comité writes
/// the Mesa Técnica's conclusions, rewrites the draft and downloads it as Word with the conclusions in it; the
/// despacho reads them; a secretaría is refused (the report shows every dependency).
/// </summary>
public sealed class AnnualReportPageTests
{
    public static TheoryData<WarehouseEngine> Engines => ReportCommandTests.Engines;

    private const string Text = "Primera conclusión de la Mesa.\n\nRecomendación: publicar el informe <b>antes</b> de febrero.";

    [Theory, MemberData(nameof(Engines))]
    public async Task The_comite_writes_the_conclusions_and_downloads_the_draft_with_them_while_a_secretaria_is_refused(WarehouseEngine engine)
    {
        await using var app = await DashboardApp.Start(engine);
        app.CreateUser("comite", Roles.Committee);
        app.CreateUser("despacho", Roles.MayorsOffice);
        app.CreateUser("hacienda", Roles.Secretariat, "Secretaría de Hacienda");
        var comite = await app.SignedIn("comite");

        var page = await comite.GetStringAsync("/informes");
        page.Should().Contain("Vigencia 2023").And.Contain("Aún no hay borrador de esta vigencia.")
            .And.Contain("el próximo, el <strong>9 de enero de 2025</strong>", "the 5th business day of January 2025, after New Year and Reyes on Monday the 6th");
        var token = await DashboardApp.FormToken(comite, "/informes");
        var saved = await comite.PostAsync("/informes?handler=Conclusiones", Form(token, ("vigencia", "2023"), ("conclusiones", Text)));
        saved.StatusCode.Should().Be(HttpStatusCode.OK);
        (await saved.Content.ReadAsStringAsync()).Should().Contain("Se guardaron las conclusiones de la vigencia 2023.")
            .And.Contain("Recomendación: publicar el informe &lt;b&gt;antes&lt;/b&gt; de febrero.", "the text is shown as text");
        AnnualConclusions.Read(app.Warehouse, 2023)!.Conclusions.Should().Be(Text);
        AnnualConclusions.Read(app.Warehouse, 2023)!.UpdatedBy.Should().Be("comite");
        var tooLong = await comite.PostAsync("/informes?handler=Conclusiones", Form(token, ("vigencia", "2023"), ("conclusiones", new string('x', 20_001))));
        (await tooLong.Content.ReadAsStringAsync()).Should().Contain("el máximo es 20.000");
        AnnualConclusions.Read(app.Warehouse, 2023)!.Conclusions.Should().Be(Text, "a refused text leaves the stored one");

        var written = await comite.PostAsync("/informes?handler=Borrador", Form(token, ("vigencia", "2023")));
        (await written.Content.ReadAsStringAsync()).Should().Contain("Se escribió el borrador de la vigencia 2023 con corte al 30 de junio de 2024.");
        var docx = await comite.GetAsync("/informes?handler=Descargar&vigencia=2023&formato=docx");
        docx.StatusCode.Should().Be(HttpStatusCode.OK);
        docx.Headers.CacheControl!.NoStore.Should().BeTrue();
        var path = Path.Combine(app.Root, "descargado.docx");
        await File.WriteAllBytesAsync(path, await docx.Content.ReadAsByteArrayAsync());
        var word = WordText.Read(path);
        word.ValidationErrors.Should().BeEmpty();
        word.Paragraphs.Should().Contain(("", "Primera conclusión de la Mesa."))
            .And.Contain(("", "Recomendación: publicar el informe <b>antes</b> de febrero."));
        (await comite.GetAsync("/informes?handler=Descargar&vigencia=2023&formato=pdf")).Content.Headers.ContentType!.MediaType.Should().Be("application/pdf");

        var despacho = await app.SignedIn("despacho");
        var read = await despacho.GetStringAsync("/informes");
        (await despacho.GetStringAsync("/")).Should().Contain(">Informes</a>");
        read.Should().Contain("Primera conclusión de la Mesa.").And.NotContain("<textarea").And.Contain("handler=Descargar&amp;vigencia=2023&amp;formato=docx");
        (await despacho.PostAsync("/informes?handler=Conclusiones", Form(await DashboardApp.FormToken(despacho, "/informes"), ("vigencia", "2023"), ("conclusiones", "x"))))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);

        var hacienda = await app.SignedIn("hacienda");
        (await hacienda.GetAsync("/informes")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await hacienda.GetAsync("/informes?handler=Descargar&vigencia=2023&formato=docx")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await hacienda.GetStringAsync("/")).Should().NotContain(">Informes</a>");
        (await app.Anonymous().GetAsync("/informes?handler=Descargar&vigencia=2023&formato=docx")).StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public void The_scheduler_drafts_the_report_from_the_5th_business_day_of_January_to_the_end_of_the_month()
    {
        var calendar = BusinessCalendar.National;
        // January 2026: the 1st a holiday, Reyes moved to Monday the 12th: Fri 2, Mon 5, Tue 6, Wed 7, Thu 8.
        AnnualDrafts.WrittenOn(2025, calendar).Should().Be(new DateOnly(2026, 1, 8));
        AnnualDrafts.VigenciaDue(new DateOnly(2026, 1, 7), calendar).Should().BeNull();
        AnnualDrafts.VigenciaDue(new DateOnly(2026, 1, 8), calendar).Should().Be(2025);
        AnnualDrafts.VigenciaDue(new DateOnly(2026, 1, 31), calendar).Should().Be(2025);
        AnnualDrafts.VigenciaDue(new DateOnly(2026, 2, 2), calendar).Should().BeNull();
        AnnualDrafts.VigenciaDue(new DateOnly(2026, 12, 31), calendar).Should().BeNull();
    }

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Prepend(KeyValuePair.Create("__formulario", token)));
}

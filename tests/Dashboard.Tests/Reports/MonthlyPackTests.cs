using System.Globalization;
using IndicadoresServicio.Dashboard.CommandLine;
using IndicadoresServicio.Dashboard.Reports;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Tests.Reports;

public sealed class MonthlyPackTests
{
    [Theory]
    [InlineData("2024-04-01", true)]    // Monday
    [InlineData("2024-04-02", false)]
    [InlineData("2024-06-03", false)]   // Sagrado Corazón, a Monday holiday
    [InlineData("2024-06-04", true)]
    [InlineData("2024-07-01", false)]   // San Pedro y San Pablo
    [InlineData("2024-07-02", true)]
    [InlineData("2024-09-01", false)]   // Sunday
    [InlineData("2024-09-02", true)]
    public void The_pack_is_written_only_on_the_first_business_day_of_the_month(string day, bool first)
    {
        MonthlyPack.IsFirstBusinessDay(D(day), BusinessCalendar.National).Should().Be(first);
    }

    [Fact]
    public async Task The_pack_holds_the_comite_report_and_one_ficha_per_dependency_and_is_written_once()
    {
        using var installation = ReportInstallation.Create(WarehouseEngine.DuckDb);
        var context = ReportSources.Context(new Installation(installation.Root), installation.Test.Warehouse);
        var data = Path.Combine(installation.Root, "data");

        var first = await MonthlyPack.Write(context, data, D("2024-04-01"));
        var again = await MonthlyPack.Write(context, data, D("2024-04-01"));

        first.Select(Path.GetFileName).Should().BeEquivalentTo("comite.pdf", "ficha-secretaria-de-gobierno.pdf", "ficha-secretaria-de-hacienda.pdf");
        first.Should().OnlyContain(f => Path.GetDirectoryName(f) == Path.Combine(data, "informes", "2024-03"));
        PdfText.Read(first[1]).Flat.Should().Contain("Ficha de indicadores").And.Contain("del 1 de marzo de 2024 al 31 de marzo de 2024");
        again.Should().BeEmpty();
    }

    private static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

using System.Text;
using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Core.Tests.Calendar;

public sealed class NonWorkingDaysFileTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "dias-no-habiles-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
            Directory.Delete(directory, recursive: true);
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private string FileWith(params string[] lines)
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, "x.txt");
        File.WriteAllText(path, string.Join("\r\n", lines), new UTF8Encoding(true));
        return path;
    }

    [Fact]
    public void Reads_dates_with_reasons_after_a_tab_or_a_semicolon_skipping_comments_and_blank_lines()
    {
        var path = FileWith(
            "# Decretos de la alcaldía",
            "",
            "2024-03-26\tSemana Santa (Decreto 045)",
            "  2024-03-27 ; Semana Santa  ",
            "2024-11-29",
            "   # comentario con sangría");

        NonWorkingDaysFile.Read(path).Should().Equal(
            new NonWorkingDay(D("2024-03-26"), "Semana Santa (Decreto 045)"),
            new NonWorkingDay(D("2024-03-27"), "Semana Santa"),
            new NonWorkingDay(D("2024-11-29"), null));
    }

    [Fact]
    public void A_malformed_date_is_reported_with_the_file_and_line_number()
    {
        var path = FileWith("# cierres", "2024-03-26", "2024-13-01\tmes imposible");

        FluentActions.Invoking(() => NonWorkingDaysFile.Read(path))
            .Should().Throw<FormatException>()
            .WithMessage($"{path}, línea 3: la fecha «2024-13-01» no es válida (use AAAA-MM-DD)");
    }

    [Theory]
    [InlineData("26/03/2024")]
    [InlineData("2024-3-26")]
    [InlineData("cierre")]
    public void Dates_not_written_as_yyyy_mm_dd_are_refused(string text)
    {
        var path = FileWith(text);

        FluentActions.Invoking(() => NonWorkingDaysFile.Read(path))
            .Should().Throw<FormatException>().WithMessage($"*línea 1: la fecha «{text}» no es válida*");
    }

    [Fact]
    public void A_date_outside_the_supported_calendar_is_reported_with_its_line()
    {
        var path = FileWith("2024-03-26", "1900-01-01");

        FluentActions.Invoking(() => NonWorkingDaysFile.Read(path))
            .Should().Throw<FormatException>().WithMessage("*línea 2: la fecha «1900-01-01» está fuera del calendario admitido*");
    }

    [Fact]
    public void Written_days_read_back_sorted_and_deduplicated_under_a_spanish_header()
    {
        var path = Path.Combine(directory, "nueva", "alcaldia.txt");

        NonWorkingDaysFile.Write(path,
        [
            new NonWorkingDay(D("2024-11-29"), null),
            new NonWorkingDay(D("2024-03-27"), "Semana Santa"),
            new NonWorkingDay(D("2024-03-26"), "Semana Santa;\nDecreto 045"),
            new NonWorkingDay(D("2024-03-27"), "repetido"),
        ]);

        NonWorkingDaysFile.Read(path).Should().Equal(
            new NonWorkingDay(D("2024-03-26"), "Semana Santa; Decreto 045"),
            new NonWorkingDay(D("2024-03-27"), "Semana Santa"),
            new NonWorkingDay(D("2024-11-29"), null));
        var text = File.ReadAllText(path);
        text.Should().StartWith("# Días no hábiles propios de la entidad");
        text.Should().Contain("2024-03-27\tSemana Santa\n");
    }

    [Fact]
    public void The_file_of_an_entity_is_named_by_the_slug_of_its_name() =>
        NonWorkingDaysFile.PathFor("dias-no-habiles", "Alcaldía de Ejemplo")
            .Should().Be(Path.Combine("dias-no-habiles", "alcaldia-de-ejemplo.txt"));

    [Fact]
    public void A_name_without_letters_or_digits_cannot_name_a_file() =>
        FluentActions.Invoking(() => NonWorkingDaysFile.PathFor("dias-no-habiles", " - "))
            .Should().Throw<ArgumentException>().WithMessage("El nombre de entidad*");

    [Fact]
    public void An_entity_without_a_file_gets_the_national_calendar() =>
        NonWorkingDaysFile.CalendarFor(directory, "Alcaldía de Ejemplo").Should().BeSameAs(BusinessCalendar.National);

    [Fact]
    public void An_entity_with_a_file_gets_its_closed_days_which_push_its_due_dates()
    {
        NonWorkingDaysFile.Write(NonWorkingDaysFile.PathFor(directory, "Alcaldía de Ejemplo"),
            [new NonWorkingDay(D("2024-03-26"), "Semana Santa"), new NonWorkingDay(D("2024-03-27"), "Semana Santa")]);

        var calendar = NonWorkingDaysFile.CalendarFor(directory, "ALCALDIA DE EJEMPLO");

        calendar.ExtraNonWorkingDays.Should().Equal(D("2024-03-26"), D("2024-03-27"));
        calendar.AddBusinessDays(D("2024-03-22"), 15).Should().Be(D("2024-04-19"));
    }
}

using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Tests.Sources;

public sealed class RepeatedHeadersTests
{
    [Fact]
    public void The_second_and_third_occurrences_are_numbered_and_the_first_is_kept()
    {
        RepeatedHeaders.Numbered(["Id", "Nombre", "Puntos", "Nombre", "NÓMBRE", "Puntos"])
            .Should().Equal("Id", "Nombre", "Puntos", "Nombre (2)", "NÓMBRE (3)", "Puntos (2)");
    }

    [Fact]
    public void Headers_that_do_not_repeat_come_back_unchanged()
    {
        RepeatedHeaders.Numbered(["L.B", "Meta", "Avance"]).Should().Equal("L.B", "Meta", "Avance");
    }

    [Fact]
    public void A_number_the_file_already_uses_is_skipped_so_nothing_repeats()
    {
        var numbered = RepeatedHeaders.Numbered(["L.B", "L.B (2)", "L.B"]);

        numbered.Should().Equal("L.B", "L.B (2)", "L.B (3)");
    }
}

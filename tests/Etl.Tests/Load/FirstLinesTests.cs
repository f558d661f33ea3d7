using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Petitions;

namespace IndicadoresServicio.Etl.Tests.Load;

public sealed class FirstLinesTests
{
    [Fact]
    public void A_repeated_radicado_answers_the_line_it_first_appeared_on()
    {
        var seen = new FirstLines();

        seen.Repeated("2024-0001", 2).Should().BeNull();
        seen.Repeated("2024-0002", 3).Should().BeNull();
        seen.Repeated("2024-0001", 9).Should().Be(2);
        seen.Repeated("2024-0001", 12).Should().Be(2, "the first line stays the first");
        seen.Count.Should().Be(2);
    }

    [Fact]
    public void Radicados_are_compared_exactly_case_accents_and_spaces_included()
    {
        var seen = new FirstLines();

        seen.Repeated("SAC-Ñ-001", 2).Should().BeNull();
        seen.Repeated("SAC-N-001", 3).Should().BeNull();
        seen.Repeated("sac-ñ-001", 4).Should().BeNull();
        seen.Repeated("SAC-Ñ-001 ", 5).Should().BeNull();
        seen.Repeated("SAC-Ñ-001", 6).Should().Be(2);
    }

    /// <summary>
    /// Two hundred thousand radicados share many 31-bit hashes (about nine pairs are expected): none may pass for
    /// another, and every one must be found again after the table has grown many times.
    /// </summary>
    [Fact]
    public void Hundreds_of_thousands_of_radicados_never_pass_for_one_another()
    {
        var seen = new FirstLines();
        var radicados = Enumerable.Range(0, 200_000).Select(i => $"{2024000000L + i * 7919L % 1_000_003L}-{i % 97:D2}").Distinct().ToList();

        for (var i = 0; i < radicados.Count; i++)
            seen.Repeated(radicados[i], i + 2).Should().BeNull();
        for (var i = 0; i < radicados.Count; i += 1_000)
            seen.Repeated(radicados[i], 1_000_000).Should().Be(i + 2);
        seen.Count.Should().Be(radicados.Count);
    }
}

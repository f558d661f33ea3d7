using IndicadoresServicio.Etl.Paac;

namespace IndicadoresServicio.Etl.Tests.Paac;

public sealed class ProgressTests
{
    private static readonly Dictionary<string, double> Words = new() { ["cumplida"] = 100, ["no iniciada"] = 0 };

    [Theory]
    [InlineData("80%", false, 80)]
    [InlineData("80 %", false, 80)]
    [InlineData("80", false, 80)]
    [InlineData("80,5 %", false, 80.5)]
    [InlineData("0.8", true, 80)]
    [InlineData("1", true, 100)]
    [InlineData("Cumplida", false, 100)]
    [InlineData("NO INICIADA", false, 0)]
    public void Progress_is_read_as_typed(string text, bool percentCell, double expected)
    {
        Progress.TryParse(text, percentCell, Words, out var value, out _).Should().BeTrue();
        value.Should().BeApproximately(expected, 1e-9);
    }

    [Fact]
    public void A_blank_cell_is_no_report()
    {
        Progress.TryParse("  ", false, Words, out var value, out var problem).Should().BeTrue();
        value.Should().BeNull();
        problem.Should().BeNull();
    }

    [Theory]
    [InlineData("En proceso", "no es un número")]
    [InlineData("120%", "fuera de 0 a 100")]
    [InlineData("-5", "fuera de 0 a 100")]
    public void What_is_not_a_progress_is_refused_with_the_reason(string text, string reason)
    {
        Progress.TryParse(text, false, Words, out _, out var problem).Should().BeFalse();
        problem.Should().Contain(reason);
    }
}

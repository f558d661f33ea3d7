using IndicadoresServicio.Dashboard.CommandLine.PanelOutput;
using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Dashboard.Tests.CommandLine;

public sealed class SpanishFiguresTests
{
    [Theory]
    [InlineData(IndicatorUnit.Proportion, 0.953, "95,3 %")]
    [InlineData(IndicatorUnit.Proportion, 0.9525, "95,3 %")]
    [InlineData(IndicatorUnit.Proportion, 1.0, "100,0 %")]
    [InlineData(IndicatorUnit.BusinessDays, 12.44, "12,4 días")]
    [InlineData(IndicatorUnit.BusinessDays, 1234.5, "1.234,5 días")]
    [InlineData(IndicatorUnit.Count, 1234567.0, "1.234.567")]
    [InlineData(IndicatorUnit.Count, null, "—")]
    public void Values_read_the_colombian_way(IndicatorUnit unit, double? value, string expected) =>
        SpanishFigures.Value(unit, value).Should().Be(expected);

    [Theory]
    [InlineData(IndicatorUnit.Proportion, 0.043, "+4,3 pp")]
    [InlineData(IndicatorUnit.Proportion, -0.25, "-25,0 pp")]
    [InlineData(IndicatorUnit.Proportion, 0.0004, "0,0 pp")]
    [InlineData(IndicatorUnit.Proportion, -0.0004, "0,0 pp")]
    [InlineData(IndicatorUnit.BusinessDays, 3.75, "+3,8 días")]
    [InlineData(IndicatorUnit.Count, -10946.0, "-10.946")]
    [InlineData(IndicatorUnit.Count, 0.0, "0")]
    [InlineData(IndicatorUnit.Count, null, "—")]
    public void Changes_carry_a_sign_only_when_they_show_one(IndicatorUnit unit, double? change, string expected) =>
        SpanishFigures.Change(unit, change).Should().Be(expected);

    [Fact]
    public void Targets_read_as_the_condition_to_meet()
    {
        SpanishFigures.Target(IndicatorCatalogue.Find(IndicatorCode.OnTime)!, new Target(0.95, 0.05)).Should().Be("≥ 95,0 %");
        SpanishFigures.Target(IndicatorCatalogue.Find(IndicatorCode.Overdue)!, new Target(0.05, 0.05)).Should().Be("≤ 5,0 %");
        SpanishFigures.Target(IndicatorCatalogue.Find(IndicatorCode.AnswerTime)!, new Target(10, 5)).Should().Be("≤ 10,0 días");
        SpanishFigures.Target(IndicatorCatalogue.Find(IndicatorCode.Transferred)!, null).Should().Be("—");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+57 300", "'+57 300")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Secretaría de Hacienda", "Secretaría de Hacienda")]
    [InlineData("", "")]
    public void Spreadsheet_text_that_would_run_as_a_formula_is_kept_as_text(string text, string expected) =>
        SpreadsheetText.Neutralise(text).Should().Be(expected);
}

using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class IndicatorTextTests
{
    [Fact]
    public void Values_read_in_colombian_spanish_with_their_unit()
    {
        IndicatorText.Value(IndicatorUnit.Proportion, 0.953).Should().Be("95,3 %");
        IndicatorText.Value(IndicatorUnit.BusinessDays, 12.44).Should().Be("12,4 días");
        IndicatorText.Value(IndicatorUnit.Count, 1234).Should().Be("1.234");
        IndicatorText.Value(IndicatorUnit.Proportion, null).Should().Be("—");
    }

    [Fact]
    public void A_change_of_a_rate_is_in_percentage_points_with_its_sign()
    {
        IndicatorText.Change(IndicatorUnit.Proportion, 0.012).Should().Be("+1,2 p. p.");
        IndicatorText.Change(IndicatorUnit.BusinessDays, -0.5).Should().Be("−0,5 días");
        IndicatorText.Change(IndicatorUnit.Count, 0).Should().Be("0");
    }

    [Fact]
    public void A_target_reads_as_a_rule_in_the_indicators_direction()
    {
        var timeliness = IndicatorCatalogue.Find(IndicatorCode.OnTime)!;
        var overdue = IndicatorCatalogue.Find(IndicatorCode.Overdue)!;
        IndicatorText.Target(timeliness, timeliness.DefaultTarget).Should().Be("≥ 95 %");
        IndicatorText.Target(overdue, overdue.DefaultTarget).Should().Be("≤ 5 %");
        IndicatorText.Target(IndicatorCatalogue.Find(IndicatorCode.Volume)!, null).Should().Be("sin meta");
    }

    [Theory]
    [InlineData(-3, "vencida hace 3 días hábiles")]
    [InlineData(-1, "vencida hace 1 día hábil")]
    [InlineData(0, "vence hoy")]
    [InlineData(2, "vence en 2 días hábiles")]
    public void Business_days_left_read_as_a_person_says_them(int left, string text) =>
        AlertTables.State(left).Should().Be(text);

    [Fact]
    public void A_tiny_negative_change_is_shown_as_zero_never_as_minus_zero()
    {
        IndicatorText.Shown(IndicatorUnit.Proportion, -0.0004)!.Value.ToString(System.Globalization.CultureInfo.GetCultureInfo("es-CO")).Should().Be("0");
        IndicatorText.Shown(IndicatorUnit.BusinessDays, -0.01)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("0");
        IndicatorText.Shown(IndicatorUnit.Proportion, -0.0137).Should().Be(-1.4);
    }
}

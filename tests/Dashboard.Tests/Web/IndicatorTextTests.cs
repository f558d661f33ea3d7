using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Dashboard.Tests.Web;

public sealed class IndicatorTextTests
{
    [Fact]
    public void A_tiny_negative_change_is_shown_as_zero_never_as_minus_zero()
    {
        var shown = IndicatorText.Shown(IndicatorUnit.Proportion, -0.0004)!.Value;

        shown.ToString(System.Globalization.CultureInfo.GetCultureInfo("es-CO")).Should().Be("0");
        IndicatorText.Shown(IndicatorUnit.BusinessDays, -0.01)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("0");
        IndicatorText.Shown(IndicatorUnit.Proportion, -0.0137).Should().Be(-1.4);
    }
}

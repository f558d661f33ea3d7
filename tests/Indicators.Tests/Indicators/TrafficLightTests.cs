using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

public sealed class TrafficLightTests
{
    private static readonly Target Timeliness = new(0.95, 0.05);
    private static readonly Target Overdue = new(0.05, 0.05);

    [Theory]
    [InlineData(1.0, TrafficLight.Verde)]
    [InlineData(0.95, TrafficLight.Verde)]
    [InlineData(0.9499, TrafficLight.Amarillo)]
    [InlineData(0.90, TrafficLight.Amarillo)]
    [InlineData(0.8999, TrafficLight.Rojo)]
    public void Higher_is_better_is_green_from_the_goal_and_amber_within_the_band_below(double value, TrafficLight expected) =>
        TrafficLights.Of(IndicatorDirection.HigherIsBetter, Timeliness, value, hasData: true).Should().Be(expected);

    [Theory]
    [InlineData(0.0, TrafficLight.Verde)]
    [InlineData(0.05, TrafficLight.Verde)]
    [InlineData(0.0501, TrafficLight.Amarillo)]
    [InlineData(0.10, TrafficLight.Amarillo)]
    [InlineData(0.1001, TrafficLight.Rojo)]
    public void Lower_is_better_is_green_up_to_the_goal_and_amber_within_the_band_above(double value, TrafficLight expected) =>
        TrafficLights.Of(IndicatorDirection.LowerIsBetter, Overdue, value, hasData: true).Should().Be(expected);

    [Fact]
    public void A_computed_rate_equal_to_the_goal_is_green_despite_floating_point()
    {
        TrafficLights.Of(IndicatorDirection.HigherIsBetter, Timeliness, 19.0 / 20, hasData: true).Should().Be(TrafficLight.Verde);
        TrafficLights.Of(IndicatorDirection.HigherIsBetter, new Target(0.3, 0), 0.1 + 0.2, hasData: true).Should().Be(TrafficLight.Verde);
        TrafficLights.Of(IndicatorDirection.LowerIsBetter, new Target(0.3, 0), 0.1 + 0.2, hasData: true).Should().Be(TrafficLight.Verde);
    }

    [Fact]
    public void No_data_wins_over_everything_and_no_target_or_informative_means_sin_meta()
    {
        TrafficLights.Of(IndicatorDirection.HigherIsBetter, Timeliness, null, hasData: true).Should().Be(TrafficLight.SinDatos);
        TrafficLights.Of(IndicatorDirection.Informative, null, 0, hasData: false).Should().Be(TrafficLight.SinDatos);
        TrafficLights.Of(IndicatorDirection.LowerIsBetter, null, 0.3, hasData: true).Should().Be(TrafficLight.SinMeta);
        TrafficLights.Of(IndicatorDirection.Informative, Timeliness, 12, hasData: true).Should().Be(TrafficLight.SinMeta);
    }

    [Fact]
    public void The_lights_read_in_spanish() =>
        Enum.GetValues<TrafficLight>().Select(TrafficLights.Code).Should().Equal("verde", "amarillo", "rojo", "sin datos", "sin meta");
}

namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>The traffic-light rule, and the Spanish words reports use for it.</summary>
public static class TrafficLights
{
    // 0.95 computed as 19/20 and 0.95 typed in a file must compare equal.
    private const double Tolerance = 1e-9;

    public static TrafficLight Of(IndicatorDirection direction, Target? target, double? value, bool hasData)
    {
        if (!hasData || value is null)
            return TrafficLight.SinDatos;
        if (target is null || direction == IndicatorDirection.Informative)
            return TrafficLight.SinMeta;
        // Distance on the good side of the goal: positive or zero is verde.
        var margin = direction == IndicatorDirection.HigherIsBetter ? value.Value - target.Goal : target.Goal - value.Value;
        if (margin >= -Tolerance)
            return TrafficLight.Verde;
        return margin >= -target.AmberBand - Tolerance ? TrafficLight.Amarillo : TrafficLight.Rojo;
    }

    public static string Code(TrafficLight light) => light switch
    {
        TrafficLight.Verde => "verde",
        TrafficLight.Amarillo => "amarillo",
        TrafficLight.Rojo => "rojo",
        TrafficLight.SinDatos => "sin datos",
        TrafficLight.SinMeta => "sin meta",
        _ => throw new ArgumentOutOfRangeException(nameof(light), $"Semáforo desconocido ({(int)light})."),
    };
}

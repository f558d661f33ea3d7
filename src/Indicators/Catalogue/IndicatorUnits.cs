namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>Spanish names of units and directions, as the catalogue and reports show them.</summary>
public static class IndicatorUnits
{
    public static string SpanishName(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Count => "conteo",
        IndicatorUnit.Proportion => "proporción",
        IndicatorUnit.BusinessDays => "días hábiles",
        IndicatorUnit.Score => "calificación de 1 a 5",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), $"Unidad desconocida ({(int)unit})."),
    };

    public static string SpanishName(IndicatorDirection direction) => direction switch
    {
        IndicatorDirection.HigherIsBetter => "mayor es mejor",
        IndicatorDirection.LowerIsBetter => "menor es mejor",
        IndicatorDirection.Informative => "informativo",
        _ => throw new ArgumentOutOfRangeException(nameof(direction), $"Sentido desconocido ({(int)direction})."),
    };
}

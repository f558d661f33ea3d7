namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>What an indicator's value counts. Rates are fractions (0.953), never percentages, until shown.</summary>
public enum IndicatorUnit
{
    /// <summary>A number of things (conteo).</summary>
    Count,

    /// <summary>A share between 0 and 1 (proporción).</summary>
    Proportion,

    /// <summary>A mean or a percentile of business days (días hábiles).</summary>
    BusinessDays,

    /// <summary>A mean rating rescaled to 1-5 (calificación de 1 a 5).</summary>
    Score,
}

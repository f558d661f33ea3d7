namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>Which way an indicator improves; it decides the traffic light and the order of a ranking.</summary>
public enum IndicatorDirection
{
    /// <summary>More is better (oportunidad de respuesta).</summary>
    HigherIsBetter,

    /// <summary>Less is better (tasa de vencimiento, tiempo de respuesta).</summary>
    LowerIsBetter,

    /// <summary>Neither: the number informs (volumen recibido). It gets no traffic light.</summary>
    Informative,
}

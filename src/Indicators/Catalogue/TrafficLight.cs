namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>The semáforo of one value against its target.</summary>
public enum TrafficLight
{
    Verde,
    Amarillo,
    Rojo,

    /// <summary>Nothing to judge: no petitions in the slice, or a rate with nothing under it.</summary>
    SinDatos,

    /// <summary>An informative indicator, or one nobody set a target for.</summary>
    SinMeta,
}

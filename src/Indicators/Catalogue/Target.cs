namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// A target and the amber band around it, in the indicator's unit (fractions for proportions). With
/// <see cref="IndicatorDirection.HigherIsBetter"/>: verde at or above <see cref="Goal"/>, amarillo down to
/// Goal − AmberBand, rojo below. With <see cref="IndicatorDirection.LowerIsBetter"/>, the mirror image.
/// </summary>
public sealed record Target(double Goal, double AmberBand);

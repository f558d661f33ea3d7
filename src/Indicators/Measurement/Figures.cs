namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>
/// An indicator's figures in one period. <see cref="Value"/> is numerator / denominator (a fraction for rates,
/// business days for times), or the numerator itself for counts; null when the denominator is zero.
/// </summary>
public sealed record Figures(double Numerator, double? Denominator, double? Value);

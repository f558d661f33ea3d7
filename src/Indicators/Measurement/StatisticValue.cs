namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>A figure shown beside a value (mediana, p90), from the catalogue's <see cref="Catalogue.IndicatorStatistic"/>.</summary>
public sealed record StatisticValue(Catalogue.StatisticName Name, double? Value);

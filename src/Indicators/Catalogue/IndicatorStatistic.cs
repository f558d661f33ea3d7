namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>A figure shown beside an indicator's value (the median and p90 beside a mean), read from a measure.</summary>
public sealed record IndicatorStatistic(StatisticName Name, string Measure);

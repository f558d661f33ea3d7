namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// The name of a figure shown beside an indicator's value (<see cref="IndicatorStatistic"/>): the median and p90 beside
/// a mean time, the Wilson interval beside a share. Each name's word is written here once; it keys the output of
/// <c>medir</c> (the <c>mediana</c> column of its JSON, CSV and XLSX), so the text is a contract and never changes.
/// </summary>
/// <remarks>Only the catalogue names statistics, so there is no parsing: a name is one of these or none.</remarks>
public readonly struct StatisticName : IEquatable<StatisticName>
{
    /// <summary>The median days to answer, beside PQ-TMR's mean.</summary>
    public static readonly StatisticName Median = new("mediana");
    /// <summary>The 90th percentile of the days to answer, beside PQ-TMR's mean.</summary>
    public static readonly StatisticName P90 = new("p90");
    /// <summary>The lower end of the 95 % Wilson interval, beside SA-T2B.</summary>
    public static readonly StatisticName IntervalLow = new("intervalo_inferior");
    /// <summary>The upper end of the 95 % Wilson interval, beside SA-T2B.</summary>
    public static readonly StatisticName IntervalHigh = new("intervalo_superior");
    /// <summary>The lagging PAAC activities without a report in the follow-up, beside PAAC-REZ.</summary>
    public static readonly StatisticName Unreported = new("sin_reporte");

    private readonly string? _code;

    private StatisticName(string code) => _code = code;

    /// <summary>The name as text: mediana. The output column.</summary>
    public string Code => _code ?? "";

    public bool Equals(StatisticName other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is StatisticName other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    public override string ToString() => Code;

    public static bool operator ==(StatisticName left, StatisticName right) => left.Equals(right);

    public static bool operator !=(StatisticName left, StatisticName right) => !left.Equals(right);
}

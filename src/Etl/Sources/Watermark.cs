using System.Globalization;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// The highest value of a source database's watermark column loaded so far, kept as invariant text plus its
/// kind so the next pull can compare it typed (a date compared as text would sort wrongly).
/// </summary>
public sealed record Watermark(string Column, string Text, string Kind)
{
    public static Watermark? Of(string column, object? value) => value switch
    {
        null or DBNull => null,
        DateTime t => new(column, t.ToString("O", CultureInfo.InvariantCulture), "fecha_hora"),
        DateTimeOffset t => new(column, t.UtcDateTime.ToString("O", CultureInfo.InvariantCulture), "fecha_hora"),
        DateOnly d => new(column, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "fecha"),
        long or int or short => new(column, Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), "entero"),
        decimal m => new(column, m.ToString(CultureInfo.InvariantCulture), "decimal"),
        _ => new(column, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", "texto"),
    };

    public object Value => Kind switch
    {
        "fecha_hora" => DateTime.Parse(Text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        "fecha" => DateOnly.ParseExact(Text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        "entero" => long.Parse(Text, CultureInfo.InvariantCulture),
        "decimal" => decimal.Parse(Text, CultureInfo.InvariantCulture),
        _ => Text,
    };

    /// <summary>Ordering among values of the same kind, to keep the highest seen while streaming.</summary>
    public static bool IsHigher(object candidate, object? current) =>
        current is null || Comparer<object>.Default.Compare(candidate, current) > 0;
}

using Dapper;

namespace IndicadoresServicio.Warehousing.Committee;

/// <summary>
/// The Mesa Técnica's conclusions and recommendations per vigencia (annual_report_conclusions), which the annual
/// report prints in its last section. Kept in the warehouse so every copy of the report, drafted by the scheduler
/// or asked for on the page, carries the same text.
/// </summary>
public static class AnnualConclusions
{
    /// <summary>About ten pages of text: enough for any Mesa, small enough that no paste can bloat the report.</summary>
    public const int MaxLength = 20_000;

    public sealed record Stored(int Vigencia, string Conclusions, string UpdatedBy, DateTime UpdatedAt);

    public static Stored? Read(Warehouse warehouse, int vigencia)
    {
        using var connection = warehouse.OpenConnection();
        return connection.QuerySingleOrDefault<Stored>(warehouse.Sql(
            "SELECT vigencia, conclusions, updated_by AS UpdatedBy, updated_at AS UpdatedAt FROM annual_report_conclusions WHERE vigencia = @vigencia"),
            new { vigencia });
    }

    /// <summary>The vigencias that have conclusions written.</summary>
    public static IReadOnlyList<int> Vigencias(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        return connection.Query<int>("SELECT vigencia FROM annual_report_conclusions ORDER BY vigencia").ToList();
    }

    /// <summary>Stores the text (trimmed; an empty text removes it) as written by <paramref name="userName"/> at <paramref name="now"/>.</summary>
    /// <exception cref="ArgumentException">The text is longer than <see cref="MaxLength"/>.</exception>
    public static void Save(Warehouse warehouse, int vigencia, string? text, string userName, DateTime now)
    {
        var conclusions = (text ?? "").Replace("\r\n", "\n").Trim();
        if (conclusions.Length > MaxLength)
            throw new ArgumentException($"Las conclusiones tienen {conclusions.Length:N0} caracteres; el máximo es {MaxLength:N0}.");
        using var connection = warehouse.OpenConnection();
        using var transaction = connection.BeginTransaction();
        connection.Execute(warehouse.Sql("DELETE FROM annual_report_conclusions WHERE vigencia = @vigencia"), new { vigencia }, transaction);
        if (conclusions.Length > 0)
            connection.Execute(warehouse.Sql("""
                INSERT INTO annual_report_conclusions (vigencia, conclusions, updated_by, updated_at)
                VALUES (@vigencia, @conclusions, @userName, @now)
                """), new { vigencia, conclusions, userName, now }, transaction);
        transaction.Commit();
    }

    /// <summary>The text as paragraphs: a blank line or a line break starts a new one.</summary>
    public static IReadOnlyList<string> Paragraphs(string text) =>
        text.Replace("\r\n", "\n").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

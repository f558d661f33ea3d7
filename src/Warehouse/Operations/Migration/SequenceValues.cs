using System.Data.Common;
using System.Text.RegularExpressions;
using Dapper;
using Npgsql;

namespace IndicadoresServicio.Warehousing.Operations.Migration;

/// <summary>
/// After the copy, each sequence of the target goes on from where the warehouse left it, so the next load's ids never
/// collide with a copied row. The value is the highest of: DuckDB's own counter (the loaders take ids from sequences by
/// hand too, e.g. seq_survey_response; after a reopen DuckDB reports the next value there, so a gap of one may follow,
/// never a collision), the largest id of each column whose default draws from it,
/// and what the target's sequence already had (a rolled-back replacement must not leave it behind its old rows).
/// setval is not transactional, hence the last: never lower, only gaps.
/// </summary>
internal static partial class SequenceValues
{
    [GeneratedRegex(@"nextval\('(?:[^']*\.)?""?([^'""]+)""?'", RegexOptions.CultureInvariant)]
    private static partial Regex NextValue();

    public static IReadOnlyDictionary<string, long> Carry(DbConnection source, NpgsqlConnection target, NpgsqlTransaction transaction)
    {
        var handedOut = source.Query<(string Name, long? Last)>(
                "SELECT sequence_name, last_value FROM duckdb_sequences() WHERE schema_name = current_schema()")
            .ToDictionary(s => s.Name, s => s.Last, StringComparer.Ordinal);
        var sequences = target.Query<(string Name, long? Last)>(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema()", transaction: transaction).ToList();
        var drawers = target.Query<(string Table, string Column, string Default)>("""
            SELECT table_name, column_name, column_default FROM information_schema.columns
            WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'
            """, transaction: transaction).ToList();

        var carried = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var (name, last) in sequences)
        {
            var values = new List<long?> { last, handedOut.GetValueOrDefault(name) };
            foreach (var drawer in drawers.Where(d => NextValue().Match(d.Default) is { Success: true } m && m.Groups[1].Value == name))
                values.Add(target.ExecuteScalar<long?>(
                    $"SELECT max({WarehouseCopy.Quote(drawer.Column)}) FROM {WarehouseCopy.Quote(drawer.Table)}", transaction: transaction));
            if (values.Max() is not { } value || value < 1)
                continue;
            target.Execute("SELECT setval(@name::regclass, @value, true)", new { name = WarehouseCopy.Quote(name), value }, transaction);
            carried[name] = value;
        }
        return carried;
    }
}

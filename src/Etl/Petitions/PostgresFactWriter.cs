using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Warehousing.BulkWriting;
using Npgsql;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// PostgreSQL's side of <see cref="FactWriter"/>: binary COPY encoded here (<see cref="BinaryCopy"/>) as
/// <see cref="PetitionTables.FactWithoutId"/> describes the rows, <c>petition_id</c> from the column's default.
/// </summary>
internal sealed class PostgresFactWriter(NpgsqlConnection connection, DimensionIds dimensions, FactContext context)
    : FactWriter(dimensions, context)
{
    private BinaryCopy? _copy;

    protected override void Begin() => _copy = PetitionTables.FactWithoutId.Copy(connection);

    protected override void WriteBatch(List<StagedRow> rows, FactRefs[] refs)
    {
        var (copy, table) = (_copy!, PetitionTables.FactWithoutId);
        for (var i = 0; i < rows.Count; i++)
        {
            var fact = new FactRow(rows[i].Petition, rows[i].Hash, refs[i], 0, Context);
            table.Write(copy, fact);
        }
    }

    protected override void End()
    {
        _copy?.Complete();
        _copy = null;
    }

    public override void Dispose()
    {
        _copy?.Dispose();
        _copy = null;
    }
}

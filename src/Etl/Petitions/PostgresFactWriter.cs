using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Warehousing.BulkWriting;
using Npgsql;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// PostgreSQL's side of <see cref="FactWriter"/>: binary COPY encoded here (<see cref="BinaryCopy"/>),
/// <c>petition_id</c> from the column's default.
/// </summary>
internal sealed class PostgresFactWriter(NpgsqlConnection connection, DimensionIds dimensions, FactContext context)
    : FactWriter(dimensions, context)
{
    private BinaryCopy? _copy;

    protected override FactBatch Encode(List<StagedRow> rows)
    {
        var batch = new Rows(rows);
        for (var i = 0; i < rows.Count; i++)
            batch.Refs[i] = Keys.Resolve(rows[i].Petition);
        return batch;
    }

    protected override void Begin() => _copy = BinaryCopy.Begin(connection, "fct_petition", Columns);

    protected override void WriteBatch(FactBatch batch)
    {
        var (copy, rows) = (_copy!, ((Rows)batch).StagedRows);
        var stamp = BinaryCopy.Timestamp(Context.Now);
        for (var i = 0; i < rows.Count; i++)
        {
            var (p, hash, ids) = (rows[i].Petition, rows[i].Hash, batch.Refs[i]);
            copy.StartRow(p.Radicado, Context.Source, p.PetitionerType, p.PetitionerHash, hash);
            copy.Int(Context.Entity);
            copy.Text(p.Radicado);
            copy.Text(Context.Source);
            copy.Int(ids.Type);
            copy.Int(ids.Channel);
            copy.Int(ids.Dependency);
            copy.Int(ids.Topic == 0 ? null : ids.Topic);
            copy.Date(p.FiledOn);
            copy.Int(DateKey(p.FiledOn));
            copy.Int(p.TermDays);
            copy.Date(p.Terms.DueOn);
            copy.Date(p.Terms.ExtendedDueOn);
            copy.Bool(p.Terms.ExtensionValid);
            copy.Date(p.Terms.EffectiveDueOn);
            copy.Date(p.AnsweredOn);
            copy.Int(p.Terms.BusinessDaysToAnswer);
            copy.Date(p.SourceDueOn);
            copy.Bool(p.Transferred);
            copy.Text(p.PetitionerType);
            copy.Text(p.PetitionerHash);
            copy.Text(hash);
            copy.Long(Context.Run);
            copy.Long(Context.Run);
            copy.Long(stamp);
            copy.Long(stamp);
            copy.Int(p.OutcomeCode);
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

    private sealed class Rows(List<StagedRow> rows) : FactBatch(rows.Count)
    {
        public List<StagedRow> StagedRows { get; } = rows;
    }
}

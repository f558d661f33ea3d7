using IndicadoresServicio.Etl.Transform;
using Npgsql;
using NpgsqlTypes;

namespace IndicadoresServicio.Etl.Load;

/// <summary>PostgreSQL's side of <see cref="FactWriter"/>: binary COPY, <c>petition_id</c> from the column's default.</summary>
internal sealed class PostgresFactWriter(NpgsqlConnection connection, DimensionIds dimensions, FactContext context)
    : FactWriter(dimensions, context)
{
    private NpgsqlBinaryImporter? _importer;

    protected override FactBatch Encode(List<StagedRow> rows)
    {
        var batch = new Rows(rows);
        for (var i = 0; i < rows.Count; i++)
            batch.Refs[i] = Keys.Resolve(rows[i].Petition);
        return batch;
    }

    protected override void Begin() =>
        _importer = connection.BeginBinaryImport($"COPY fct_petition ({string.Join(", ", Columns)}) FROM STDIN (FORMAT BINARY)");

    protected override void WriteBatch(FactBatch batch)
    {
        var rows = ((Rows)batch).StagedRows;
        for (var i = 0; i < rows.Count; i++)
            WriteRow(rows[i].Petition, rows[i].Hash, batch.Refs[i]);
    }

    private void WriteRow(CanonicalPetition p, string rowHash, FactRefs ids)
    {
        var importer = _importer!;
        importer.StartRow();
        importer.Write(Context.Entity, NpgsqlDbType.Integer);
        importer.Write(p.Radicado, NpgsqlDbType.Varchar);
        importer.Write(Context.Source, NpgsqlDbType.Varchar);
        importer.Write(ids.Type, NpgsqlDbType.Integer);
        importer.Write(ids.Channel, NpgsqlDbType.Integer);
        importer.Write(ids.Dependency, NpgsqlDbType.Integer);
        Nullable(ids.Topic == 0 ? null : (int?)ids.Topic, NpgsqlDbType.Integer);
        importer.Write(p.FiledOn, NpgsqlDbType.Date);
        importer.Write(DateKey(p.FiledOn), NpgsqlDbType.Integer);
        Nullable(p.TermDays, NpgsqlDbType.Integer);
        Nullable(p.Terms.DueOn, NpgsqlDbType.Date);
        Nullable(p.Terms.ExtendedDueOn, NpgsqlDbType.Date);
        Nullable(p.Terms.ExtensionValid, NpgsqlDbType.Boolean);
        Nullable(p.Terms.EffectiveDueOn, NpgsqlDbType.Date);
        Nullable(p.AnsweredOn, NpgsqlDbType.Date);
        Nullable(p.Terms.BusinessDaysToAnswer, NpgsqlDbType.Integer);
        Nullable(p.SourceDueOn, NpgsqlDbType.Date);
        importer.Write(p.Transferred, NpgsqlDbType.Boolean);
        Nullable(p.PetitionerType, NpgsqlDbType.Varchar);
        Nullable(p.PetitionerHash, NpgsqlDbType.Varchar);
        importer.Write(rowHash, NpgsqlDbType.Varchar);
        importer.Write(Context.Run, NpgsqlDbType.Bigint);
        importer.Write(Context.Run, NpgsqlDbType.Bigint);
        importer.Write(Context.Now, NpgsqlDbType.Timestamp);
        importer.Write(Context.Now, NpgsqlDbType.Timestamp);
        importer.Write(p.OutcomeCode, NpgsqlDbType.Integer);
    }

    private void Nullable<T>(T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v) _importer!.Write(v, type);
        else _importer!.WriteNull();
    }

    private void Nullable(string? value, NpgsqlDbType type)
    {
        if (value is not null) _importer!.Write(value, type);
        else _importer!.WriteNull();
    }

    protected override void End()
    {
        _importer?.Complete();
        _importer?.Dispose();
        _importer = null;
    }

    public override void Dispose() => _importer?.Dispose();

    private sealed class Rows(List<StagedRow> rows) : FactBatch(rows.Count)
    {
        public List<StagedRow> StagedRows { get; } = rows;
    }
}

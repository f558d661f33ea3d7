using System.Data.Common;
using Dapper;
using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// The dimension keys of a load that writes straight into <c>fct_petition</c>, on the connection's side. Existing
/// members are read once and handed to the encoding side (<see cref="DimensionKeys"/>). A member never seen takes an
/// id reserved from its sequence beforehand, because the connection is busy with the bulk write while rows stream;
/// when the reserve runs out the writer pauses, reserves more and goes on. The new members are inserted after the
/// rows, with what <c>etl/merge_dimensions.sql</c> would have given them from staging: the least of the names seen
/// for the key (compared by the engine, as <c>min()</c> does) and, for dependencies, known only if every row said so.
/// </summary>
internal sealed class DimensionIds
{
    private readonly Warehouse _warehouse;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly int _entity;
    private readonly NewIds _channels = new("seq_channel");
    private readonly NewIds _dependencies = new("seq_dependency");
    private readonly NewIds _topics = new("seq_topic");

    public DimensionIds(Warehouse warehouse, DbConnection connection, DbTransaction transaction, int entity)
    {
        (_warehouse, _connection, _transaction, _entity) = (warehouse, connection, transaction, entity);
        var types = Read("SELECT code AS Key, type_id AS Id FROM dim_petition_type");
        Keys = new DimensionKeys(
            Enum.GetValues<PetitionType>().Where(t => types.ContainsKey(PetitionTypes.Code(t))).ToDictionary(t => t, t => types[PetitionTypes.Code(t)]),
            Read("SELECT code AS Key, channel_id AS Id FROM dim_channel"),
            Read("SELECT name_key AS Key, dependency_id AS Id FROM dim_dependency WHERE entity_id = @entity"),
            Read("SELECT name_key AS Key, topic_id AS Id FROM dim_topic WHERE entity_id = @entity"));
    }

    /// <summary>The encoding side, for the thread that turns rows into the engine's batches.</summary>
    public DimensionKeys Keys { get; }

    /// <summary>
    /// Turns a batch's references into ids in place; false when a new member needs an id none is left for (the
    /// references already turned stay turned, so calling again after <see cref="Reserve"/> finishes the job).
    /// </summary>
    public bool TryResolve(FactRefs[] refs, int count)
    {
        for (var i = 0; i < count; i++)
        {
            ref var r = ref refs[i];
            if (r.Channel < 0 && !_channels.TryTake(ref r.Channel))
                return false;
            if (r.Dependency < 0 && !_dependencies.TryTake(ref r.Dependency))
                return false;
            if (r.Topic < 0 && !_topics.TryTake(ref r.Topic))
                return false;
        }
        return true;
    }

    /// <summary>Takes more ids for each dimension that ran out (the connection must be free). Unused ones are a gap in the sequence, as a rolled-back insert leaves.</summary>
    public void Reserve()
    {
        foreach (var ids in new[] { _channels, _dependencies, _topics })
            if (ids.Wanting)
                ids.Refill(_connection.Query<long>(
                    _warehouse.Sql($"SELECT nextval('{ids.Sequence}') FROM generate_series(1, {ids.NextBlock})"),
                    transaction: _transaction).Select(id => (int)id));
    }

    /// <summary>Inserts the members this load created (the connection must be free, the encoding finished).</summary>
    public void InsertNewMembers()
    {
        foreach (var (key, id, member) in _channels.Created(Keys.Channels))
            _connection.Execute(_warehouse.Sql("INSERT INTO dim_channel (channel_id, code, name, is_known) VALUES (@id, @key, @name, FALSE)"),
                new { id, key, name = LeastName(member.Names) }, _transaction);
        foreach (var (key, id, member) in _dependencies.Created(Keys.Dependencies))
            _connection.Execute(_warehouse.Sql("""
                INSERT INTO dim_dependency (dependency_id, entity_id, name, name_key, is_known) VALUES (@id, @entity, @name, @key, @known)
                """), new { id, entity = _entity, key, name = LeastName(member.Names), known = member.Known }, _transaction);
        foreach (var (key, id, member) in _topics.Created(Keys.Topics))
            _connection.Execute(_warehouse.Sql("INSERT INTO dim_topic (topic_id, entity_id, name, name_key) VALUES (@id, @entity, @name, @key)"),
                new { id, entity = _entity, key, name = LeastName(member.Names) }, _transaction);
    }

    /// <summary>The engine's own <c>min()</c>, so the collation that decides is the one the staging merge used.</summary>
    private string LeastName(HashSet<string> names)
    {
        if (names.Count == 1)
            return names.First();
        var parameters = new DynamicParameters();
        var i = 0;
        foreach (var name in names)
            parameters.Add($"n{i++}", name);
        var values = string.Join(" UNION ALL ", Enumerable.Range(0, names.Count).Select(n => $"SELECT CAST(@n{n} AS VARCHAR) AS name"));
        return _connection.QuerySingle<string>(_warehouse.Sql($"SELECT min(name) FROM ({values}) n"), parameters, _transaction);
    }

    private Dictionary<string, int> Read(string sql) =>
        _connection.Query<(string Key, int Id)>(_warehouse.Sql(sql), new { entity = _entity }, _transaction)
            .ToDictionary(r => r.Key, r => r.Id, StringComparer.Ordinal);

    /// <summary>One dimension's ids for the members this load creates, by their number, and the ids reserved for more.</summary>
    private sealed class NewIds(string sequence)
    {
        private readonly List<int> _ids = [];
        private readonly Queue<int> _reserve = new();
        private int _block = 16;

        public string Sequence { get; } = sequence;

        public bool Wanting { get; private set; }

        public int NextBlock => _block;

        /// <summary>Replaces a new member's reference (-n) with its id, taking one from the reserve the first time.</summary>
        public bool TryTake(ref int reference)
        {
            var index = -reference - 1;
            // Members are numbered in order of first appearance and rows reach the writer in that order: a number
            // not seen yet is always the next one.
            if (index > _ids.Count)
                throw new InvalidOperationException($"El miembro nuevo {index + 1} llegó antes que el {_ids.Count + 1}.");
            if (index == _ids.Count)
            {
                if (!_reserve.TryDequeue(out var id))
                {
                    Wanting = true;
                    return false;
                }
                _ids.Add(id);
            }
            reference = _ids[index];
            return true;
        }

        public void Refill(IEnumerable<int> reserved)
        {
            foreach (var id in reserved)
                _reserve.Enqueue(id);
            Wanting = false;
            _block = Math.Min(_block * 4, 4096);
        }

        public IEnumerable<(string Key, int Id, NewMember Member)> Created(MemberKeys keys) =>
            keys.Created.Select((created, index) => (created.Key, _ids[index], created.Member));
    }
}

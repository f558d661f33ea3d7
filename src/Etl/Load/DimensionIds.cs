using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Dapper;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Indicators.Terms;
using IndicadoresServicio.Indicators.Warehouse;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// The dimension keys of a load that writes straight into <c>fct_petition</c>. Existing members are read once.
/// A value never seen takes an id reserved from its sequence beforehand, because the connection is busy with the
/// bulk write while rows stream; when the reserve runs out the writer pauses, reserves more and goes on.
/// The new members are inserted after the rows, with what <c>etl/merge_dimensions.sql</c> would have given them
/// from staging: the least of the names seen for the key (compared by the engine, as <c>min()</c> does) and,
/// for dependencies, known only if every row said so.
/// </summary>
internal sealed class DimensionIds
{
    private readonly Warehouse _warehouse;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly int _entity;
    private readonly Dictionary<PetitionType, int> _types;
    private readonly Members _channels;
    private readonly Members _dependencies;
    private readonly Members _topics;

    public DimensionIds(Warehouse warehouse, DbConnection connection, DbTransaction transaction, int entity)
    {
        (_warehouse, _connection, _transaction, _entity) = (warehouse, connection, transaction, entity);
        var types = Read("SELECT code AS Key, type_id AS Id FROM dim_petition_type");
        _types = Enum.GetValues<PetitionType>().Where(t => types.ContainsKey(PetitionTypes.Code(t)))
            .ToDictionary(t => t, t => types[PetitionTypes.Code(t)]);
        _channels = new(Read("SELECT code AS Key, channel_id AS Id FROM dim_channel"), "seq_channel");
        _dependencies = new(Read("SELECT name_key AS Key, dependency_id AS Id FROM dim_dependency WHERE entity_id = @entity"), "seq_dependency");
        _topics = new(Read("SELECT name_key AS Key, topic_id AS Id FROM dim_topic WHERE entity_id = @entity"), "seq_topic");
    }

    /// <summary>The row's type, channel, dependency and topic ids, or false when a new member needs an id none is left for.</summary>
    public bool TryResolve(CanonicalPetition p, out (int Type, int Channel, int Dependency, int? Topic) ids)
    {
        ids = default;
        if (!_types.TryGetValue(p.Type, out var type))
            throw new EtlException($"La bodega no tiene el tipo de petición «{PetitionTypes.Code(p.Type)}» en dim_petition_type.");
        if (!_channels.TryGet(p.Channel.Code, p.Channel.Name, false, out var channel)
            || !_dependencies.TryGet(p.DependencyKey, p.DependencyName, p.DependencyKnown, out var dependency))
            return false;
        int? topic = null;
        if (p.TopicKey is not null)
        {
            if (!_topics.TryGet(p.TopicKey, p.TopicName!, true, out var id))
                return false;
            topic = id;
        }
        ids = (type, channel, dependency, topic);
        return true;
    }

    /// <summary>Takes more ids for each dimension that ran out (the connection must be free). Unused ones are a gap in the sequence, as a rolled-back insert leaves.</summary>
    public void Reserve()
    {
        foreach (var members in new[] { _channels, _dependencies, _topics })
            if (members.Wanting)
                members.Refill(_connection.Query<long>(
                    _warehouse.Sql($"SELECT nextval('{members.Sequence}') FROM generate_series(1, {members.NextBlock})"),
                    transaction: _transaction).Select(id => (int)id));
    }

    /// <summary>Inserts the members this load created (the connection must be free).</summary>
    public void InsertNewMembers()
    {
        foreach (var (key, id, member) in _channels.Created)
            _connection.Execute(_warehouse.Sql("INSERT INTO dim_channel (channel_id, code, name, is_known) VALUES (@id, @key, @name, FALSE)"),
                new { id, key, name = LeastName(member.Names) }, _transaction);
        foreach (var (key, id, member) in _dependencies.Created)
            _connection.Execute(_warehouse.Sql("""
                INSERT INTO dim_dependency (dependency_id, entity_id, name, name_key, is_known) VALUES (@id, @entity, @name, @key, @known)
                """), new { id, entity = _entity, key, name = LeastName(member.Names), known = member.Known }, _transaction);
        foreach (var (key, id, member) in _topics.Created)
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

    /// <summary>One dimension's ids by natural key, the members created by this load and the ids reserved for more.</summary>
    /// <remarks>A key's id and, for a member this load created, what it saw of it, sit in one entry: one lookup a row.</remarks>
    private sealed class Members(Dictionary<string, int> existing, string sequence)
    {
        private readonly Dictionary<string, (int Id, NewMember? Created)> _members =
            existing.ToDictionary(pair => pair.Key, pair => (pair.Value, (NewMember?)null), StringComparer.Ordinal);
        private readonly Queue<int> _reserve = new();
        private int _block = 16;

        public string Sequence { get; } = sequence;

        public bool Wanting { get; private set; }

        public int NextBlock => _block;

        public IEnumerable<(string Key, int Id, NewMember Member)> Created =>
            _members.Where(pair => pair.Value.Created is not null).Select(pair => (pair.Key, pair.Value.Id, pair.Value.Created!));

        public bool TryGet(string key, string name, bool known, out int id)
        {
            ref var member = ref CollectionsMarshal.GetValueRefOrNullRef(_members, key);
            if (!Unsafe.IsNullRef(ref member))
            {
                member.Created?.Saw(name, known);
                id = member.Id;
                return true;
            }
            if (!_reserve.TryDequeue(out id))
            {
                Wanting = true;
                return false;
            }
            _members.Add(key, (id, new NewMember(name, known)));
            return true;
        }

        public void Refill(IEnumerable<int> reserved)
        {
            foreach (var id in reserved)
                _reserve.Enqueue(id);
            Wanting = false;
            _block = Math.Min(_block * 4, 4096);
        }
    }

    private sealed class NewMember(string name, bool known)
    {
        private readonly string _first = name;

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal) { name };

        public bool Known { get; private set; } = known;

        public void Saw(string name, bool known)
        {
            // Almost every row repeats the first spelling; comparing is cheaper than hashing it again.
            if (!string.Equals(name, _first, StringComparison.Ordinal))
                Names.Add(name);
            Known &= known;
        }
    }
}

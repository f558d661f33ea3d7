using System.Runtime.InteropServices;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// A fact row's dimension references, worked out without the connection: an existing member's id, or for a member
/// this load creates, minus its number in order of first appearance (-1, -2, …). The writer swaps those for ids
/// reserved from the sequences (<see cref="DimensionIds"/>) when it writes the batch: reserving needs the connection,
/// which the bulk write holds, so it is done a batch at a time instead of a row at a time.
/// </summary>
/// <remarks>A mutable struct in an array per batch, so the writer turns references into ids in place. Topic 0 is
/// "no topic": ids come from sequences that start at 1.</remarks>
internal struct FactRefs
{
    public int Type;
    public int Channel;
    public int Dependency;
    public int Topic;
}

/// <summary>
/// The encoding side of a load's dimension keys: one instance, used by one thread at a time. It also keeps what the
/// load saw of each new member (its spellings, whether every row called it known), which decides the member's row.
/// </summary>
internal sealed class DimensionKeys
{
    private readonly IReadOnlyDictionary<PetitionType, int> _types;

    public DimensionKeys(IReadOnlyDictionary<PetitionType, int> types, Dictionary<string, int> channels,
        Dictionary<string, int> dependencies, Dictionary<string, int> topics)
    {
        _types = types;
        Channels = new(channels);
        Dependencies = new(dependencies);
        Topics = new(topics);
    }

    public MemberKeys Channels { get; }

    public MemberKeys Dependencies { get; }

    public MemberKeys Topics { get; }

    public FactRefs Resolve(CanonicalPetition p)
    {
        if (!_types.TryGetValue(p.Type, out var type))
            throw new EtlException($"La bodega no tiene el tipo de petición «{PetitionTypes.Code(p.Type)}» en dim_petition_type.");
        return new FactRefs
        {
            Type = type,
            Channel = Channels.Ref(p.Channel.Code, p.Channel.Name, false),
            Dependency = Dependencies.Ref(p.DependencyKey, p.DependencyName, p.DependencyKnown),
            Topic = p.TopicKey is null ? 0 : Topics.Ref(p.TopicKey, p.TopicName!, true),
        };
    }
}

/// <summary>One dimension's members by natural key: the existing ones with their ids, and those this load creates.</summary>
/// <remarks>A key's reference and, for a new member, what the load saw of it sit in one entry: one lookup a row.</remarks>
internal sealed class MemberKeys(Dictionary<string, int> existing)
{
    private readonly Dictionary<string, (int Ref, NewMember? Created)> _members =
        existing.ToDictionary(pair => pair.Key, pair => (pair.Value, (NewMember?)null), StringComparer.Ordinal);

    /// <summary>The members this load created, in order: the one at index i has reference -(i + 1).</summary>
    public List<(string Key, NewMember Member)> Created { get; } = [];

    public int Ref(string key, string name, bool known)
    {
        ref var member = ref CollectionsMarshal.GetValueRefOrAddDefault(_members, key, out var exists);
        if (exists)
        {
            member.Created?.Saw(name, known);
            return member.Ref;
        }
        var created = new NewMember(name, known);
        Created.Add((key, created));
        member = (-Created.Count, created);
        return member.Ref;
    }
}

/// <summary>What a load saw of a member it creates: every spelling of its name, and whether every row called it known.</summary>
internal sealed class NewMember(string name, bool known)
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

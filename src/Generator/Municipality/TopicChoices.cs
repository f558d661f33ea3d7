using IndicadoresServicio.Generator.Randomness;

namespace IndicadoresServicio.Generator.Municipality;

/// <summary>Each dependency's topics, the first ones most frequent (a gentle Zipf curve, as complaint logs look).</summary>
internal sealed class TopicChoices
{
    private readonly Dictionary<Dependency, WeightedChoice<string>> byDependency =
        new(ReferenceEqualityComparer.Instance);

    public TopicChoices(IEnumerable<Dependency> dependencies)
    {
        foreach (var dependency in dependencies)
            byDependency[dependency] = new WeightedChoice<string>(
                dependency.Topics.Select((topic, rank) => (topic, 1.0 / Math.Pow(rank + 1, 0.8))));
    }

    public string Pick(Dependency dependency, DeterministicRandom random) => byDependency[dependency].Pick(random);
}

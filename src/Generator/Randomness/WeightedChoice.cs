namespace IndicadoresServicio.Generator.Randomness;

/// <summary>Picks items with given relative weights (a cumulative table and a binary search).</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] items;
    private readonly double[] cumulative;

    public WeightedChoice(IEnumerable<(T Item, double Weight)> weighted)
    {
        var list = weighted.Where(w => w.Weight > 0).ToArray();
        if (list.Length == 0)
            throw new ArgumentException("Se necesita al menos una opción con peso positivo.", nameof(weighted));
        items = list.Select(w => w.Item).ToArray();
        cumulative = new double[list.Length];
        var total = 0.0;
        for (var i = 0; i < list.Length; i++)
        {
            total += list[i].Weight;
            cumulative[i] = total;
        }
        for (var i = 0; i < cumulative.Length; i++)
            cumulative[i] /= total;
    }

    public IReadOnlyList<T> Items => items;

    public T Pick(DeterministicRandom random)
    {
        var u = random.NextDouble();
        var i = Array.BinarySearch(cumulative, u);
        i = i < 0 ? ~i : i + 1;
        return items[Math.Min(i, items.Length - 1)];
    }
}

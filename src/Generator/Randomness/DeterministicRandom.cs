namespace IndicadoresServicio.Generator.Randomness;

/// <summary>
/// xoshiro256** seeded through SplitMix64. System.Random with a seed only promises the same sequence for the
/// same runtime; the generator promises the same bytes for the same seed, so it owns its algorithm.
/// </summary>
internal sealed class DeterministicRandom
{
    private ulong s0, s1, s2, s3;

    public DeterministicRandom(long seed)
    {
        var x = unchecked((ulong)seed);
        s0 = SplitMix64(ref x);
        s1 = SplitMix64(ref x);
        s2 = SplitMix64(ref x);
        s3 = SplitMix64(ref x);
    }

    /// <summary>
    /// An independent stream for one concern (filing, personal data, the second source...), so that drawing more
    /// numbers for one of them never shifts what the others produce.
    /// </summary>
    public static DeterministicRandom For(int seed, string concern)
    {
        var hash = 1469598103934665603UL; // FNV-1a: stable across runs, unlike string.GetHashCode.
        foreach (var c in concern)
            hash = unchecked((hash ^ c) * 1099511628211UL);
        return new DeterministicRandom(unchecked((long)(hash ^ (ulong)(uint)seed * 0x9E3779B97F4A7C15UL)));
    }

    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(unchecked(s1 * 5), 7) * 9;
        var t = s1 << 17;
        s2 ^= s0;
        s3 ^= s1;
        s1 ^= s2;
        s0 ^= s3;
        s2 ^= t;
        s3 = ulong.RotateLeft(s3, 45);
        return result;
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, maxExclusive).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)Math.BigMul(NextUInt64(), (ulong)maxExclusive, out _);
    }

    /// <summary>Uniform in [min, maxInclusive].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    public bool Chance(double probability) => NextDouble() < probability;

    /// <summary>Uniform in [0, maxExclusive) for 64-bit ranges (identification numbers).</summary>
    public long NextLong(long maxExclusive) => (long)Math.BigMul(NextUInt64(), (ulong)maxExclusive, out _);

    private static ulong SplitMix64(ref ulong x)
    {
        x = unchecked(x + 0x9E3779B97F4A7C15UL);
        var z = x;
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}

using IndicadoresServicio.Warehousing;
using System.Collections.Concurrent;

namespace IndicadoresServicio.Dashboard.Web.Caching;

/// <summary>
/// The indicator engine's answers kept between requests. The warehouse only changes when a load commits, while a
/// committee of twenty opens the same few views all morning: so an answer is computed once per data version and
/// shared. Every lookup is made at a <see cref="DataVersion"/> read beforehand; when it moved, a new generation
/// starts empty, so a page never shows figures older than the last committed load. Requests for the same key that
/// arrive while it is being computed wait for that one computation instead of repeating it. A failure is not kept.
///
/// After a load the views people were looking at would all be slow once more. So answers that depend only on the
/// warehouse (not on who asks) are <em>refreshable</em>: when the version moves, the most recently used of them are
/// computed again in the background, one at a time, for the new version (<see cref="Refresh"/>, called by
/// <see cref="CacheRefresher"/> every few seconds and by the first request that sees the new version).
/// </summary>
public sealed class ResultCache
{
    /// <summary>Past this many answers the generation starts afresh: answers are small (aggregates, capped lists), memory stays bounded.</summary>
    public const int Capacity = 256;

    /// <summary>How many of the previous generation's answers are computed again after a load, most recently used first.</summary>
    public const int Refreshed = 48;

    private readonly object _gate = new();
    private Generation _current = new(null);
    private long _computed;
    private long _hits;

    /// <summary>How many answers have been computed (not found) since the server started: for the benchmark and tests.</summary>
    public long Computed => Interlocked.Read(ref _computed);

    /// <summary>How many lookups found their answer already there (or being computed by another request): for /metrics.</summary>
    public long Hits => Interlocked.Read(ref _hits);

    /// <summary>The background work started by the last version change; completed when there is none.</summary>
    public Task Refreshing { get; private set; } = Task.CompletedTask;

    /// <summary>
    /// The answer for <paramref name="key"/> at <paramref name="version"/> (read by the caller just before: a page reads
    /// it once and asks for a dozen answers), computing it with <paramref name="compute"/> when missing.
    /// <paramref name="refreshable"/>: <paramref name="compute"/> captures nothing of the request (only the warehouse,
    /// the targets and the request's values), so it may run again after a load, when no request is there.
    /// </summary>
    public T Get<T>(DataVersion version, string key, Func<T> compute, bool refreshable = false) where T : class
    {
        var generation = Current(version);
        var fullKey = typeof(T).FullName + "|" + key;
        var created = false;
        var entry = generation.Entries.GetOrAdd(fullKey, _ =>
        {
            created = true;
            return new Entry(Counted(compute), refreshable ? () => compute() : null);
        });
        if (!created)
            Interlocked.Increment(ref _hits);
        entry.Touch();
        try
        {
            return (T)entry.Value.Value;
        }
        catch
        {
            generation.Entries.TryRemove(new KeyValuePair<string, Entry>(fullKey, entry));
            throw;
        }
    }

    /// <summary>Starts a new generation if <paramref name="version"/> is not the current one, refreshing the last one's answers.</summary>
    public void Refresh(DataVersion version) => Current(version);

    private Generation Current(DataVersion version)
    {
        lock (_gate)
        {
            // A request that read the version just before a load committed must not send the cache back to it.
            if (_current.Version is { } current && version.IsOlderThan(current))
                return _current;
            if (_current.Version == version && _current.Entries.Count < Capacity)
                return _current;
            var previous = _current;
            _current = new Generation(version);
            if (previous.Version is not null && previous.Version != version)
            {
                var again = previous.Entries.Where(e => e.Value.Recompute is not null)
                    .OrderByDescending(e => e.Value.LastUsed).Take(Refreshed)
                    .Select(e => (e.Key, e.Value.Recompute!)).ToList();
                if (again.Count > 0)
                {
                    var generation = _current;
                    Refreshing = Task.Run(() => Recompute(generation, again));
                }
            }
            return _current;
        }
    }

    /// <summary>One at a time, so the refresh leaves a core to the people using the dashboard; stops if a newer load arrives.</summary>
    private void Recompute(Generation generation, IReadOnlyList<(string Key, Func<object> Compute)> again)
    {
        foreach (var (key, compute) in again)
        {
            if (!ReferenceEquals(generation, _current))
                return;
            var entry = generation.Entries.GetOrAdd(key, _ => new Entry(Counted(compute), compute));
            try
            {
                _ = entry.Value.Value;
            }
            catch (Exception)
            {
                // The view may no longer exist in the new data (a dependency renamed): a request will say so in Spanish.
                generation.Entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            }
        }
    }

    private Lazy<object> Counted<T>(Func<T> compute) where T : class => new(() =>
    {
        Interlocked.Increment(ref _computed);
        return compute();
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    private sealed class Generation(DataVersion? version)
    {
        public DataVersion? Version { get; } = version;

        public ConcurrentDictionary<string, Entry> Entries { get; } = new(StringComparer.Ordinal);
    }

    private sealed class Entry(Lazy<object> value, Func<object>? recompute)
    {
        private long _lastUsed;

        public Lazy<object> Value { get; } = value;

        public Func<object>? Recompute { get; } = recompute;

        public long LastUsed => Interlocked.Read(ref _lastUsed);

        public void Touch() => Interlocked.Exchange(ref _lastUsed, Environment.TickCount64);
    }
}

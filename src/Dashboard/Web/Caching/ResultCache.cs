using System.Collections.Concurrent;
using IndicadoresServicio.Indicators.Warehouse;

namespace IndicadoresServicio.Dashboard.Web.Caching;

/// <summary>
/// The indicator engine's answers kept between requests. The warehouse only changes when a load commits, while a
/// committee of twenty opens the same few views all morning: so an answer is computed once per data version and
/// shared. Every lookup first reads the <see cref="DataVersion"/>; when it moved, everything cached is dropped, so
/// a page never shows figures older than the last committed load. Requests for the same key that arrive while it
/// is being computed wait for that one computation instead of repeating it. A failure is not kept.
/// </summary>
public sealed class ResultCache(Warehouse warehouse)
{
    /// <summary>Past this many answers the cache starts afresh: answers are small (aggregates, capped lists), memory stays bounded.</summary>
    public const int Capacity = 256;

    private readonly object _gate = new();
    private ConcurrentDictionary<string, Lazy<object>> _entries = new(StringComparer.Ordinal);
    private DataVersion? _version;

    /// <summary>The answer for <paramref name="key"/> at the current data version, computing it with <paramref name="compute"/> when missing.</summary>
    public T Get<T>(string key, Func<T> compute) where T : class => Get(DataVersion.Read(warehouse), key, compute);

    /// <summary>
    /// The same, at a version the caller has just read: a page reads it once and asks for a dozen answers, each of
    /// which would otherwise read it again.
    /// </summary>
    public T Get<T>(DataVersion version, string key, Func<T> compute) where T : class
    {
        var entries = Current(version);
        var fullKey = typeof(T).FullName + "|" + key;
        var lazy = entries.GetOrAdd(fullKey, _ => new Lazy<object>(() => compute(), LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return (T)lazy.Value;
        }
        catch
        {
            entries.TryRemove(new KeyValuePair<string, Lazy<object>>(fullKey, lazy));
            throw;
        }
    }

    private ConcurrentDictionary<string, Lazy<object>> Current(DataVersion version)
    {
        lock (_gate)
        {
            if (_version != version || _entries.Count >= Capacity)
            {
                _entries = new(StringComparer.Ordinal);
                _version = version;
            }
            return _entries;
        }
    }
}

using System.Collections.Concurrent;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Dashboard.Web.Security;

/// <summary>
/// Slows down password guessing: after <see cref="MaxFailures"/> failed sign-ins for one user name within
/// <see cref="Window"/>, that name is refused until the window has passed since its last failure, whatever the
/// password, without even checking it (the PBKDF2 check is the expensive part). A success clears the count. Kept in
/// memory: a restart forgets, which only gives a guesser a few more tries.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);

    private sealed record Failures(int Count, DateTimeOffset Last);

    /// <summary>How long <paramref name="userName"/> must still wait; null when it may try now.</summary>
    public TimeSpan? Wait(string userName)
    {
        if (!_failures.TryGetValue(Key(userName), out var failures) || failures.Count < MaxFailures)
            return null;
        var left = failures.Last + Window - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : null;
    }

    public void Failed(string userName)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(Key(userName), _ => new Failures(1, now),
            (_, f) => now - f.Last >= Window ? new Failures(1, now) : new Failures(f.Count + 1, now));
    }

    public void Succeeded(string userName) => _failures.TryRemove(Key(userName), out _);

    private static string Key(string userName) => TextKey.Fold(userName);
}

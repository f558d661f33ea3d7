using System.Collections.Concurrent;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Warehousing.Accounts;

namespace IndicadoresServicio.Dashboard.Web.Security;

/// <summary>
/// Slows down password guessing without handing anyone a lock to use against others. Failures count per user name
/// from one address (<see cref="MaxFailures"/>), per address over every name (<see cref="MaxAddressFailures"/>: one
/// address once tried 60 names unthrottled), and per name from every address (<see cref="MaxUserFailures"/>). The
/// last is the only lock a stranger can cause, so it does not hold for an address the person signed in from before:
/// five requests no longer shut the administrator out. A refused attempt is not even checked (PBKDF2 is the expensive
/// part), and checks run a few at a time off the request threads (<see cref="Verify"/>). Kept in memory: a restart
/// forgets, which only gives a guesser a few more tries.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock) : IDisposable
{
    public const int MaxFailures = 5;
    public const int MaxAddressFailures = 20;
    public const int MaxUserFailures = 50;
    private const int KnownAddressesPerUser = 16;

    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<string, Failures> _failures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlyList<string>> _knownAddresses = new(StringComparer.Ordinal);
    // One PBKDF2 per core at most: a burst of sign-ins queues here, asynchronously, instead of taking every thread.
    private readonly SemaphoreSlim _checks = new(Math.Max(1, Environment.ProcessorCount));

    private sealed record Failures(int Count, DateTimeOffset Last);

    /// <summary>Why and how long a sign-in must wait: <see cref="FromAddress"/> when it is the address, not the name.</summary>
    public sealed record Lock(TimeSpan Left, bool FromAddress);

    /// <summary>How long <paramref name="userName"/> must still wait when coming from <paramref name="address"/>; null when it may try now.</summary>
    public Lock? Wait(string userName, string address)
    {
        var user = Key(userName);
        if (Left(Pair(user, address), MaxFailures) is { } pair)
            return new Lock(pair, FromAddress: false);
        if (Left(Address(address), MaxAddressFailures) is { } fromAddress)
            return new Lock(fromAddress, FromAddress: true);
        var known = _knownAddresses.TryGetValue(user, out var addresses) && addresses.Contains(address);
        return !known && Left(Name(user), MaxUserFailures) is { } name ? new Lock(name, FromAddress: false) : null;
    }

    public void Failed(string userName, string address)
    {
        var user = Key(userName);
        Count(Pair(user, address));
        Count(Address(address));
        Count(Name(user));
    }

    /// <summary>Clears this name's failures from this address, and remembers the address as one the person uses.</summary>
    public void Succeeded(string userName, string address)
    {
        var user = Key(userName);
        _failures.TryRemove(Pair(user, address), out _);
        _knownAddresses.AddOrUpdate(user, _ => [address],
            (_, known) => known.Contains(address) ? known : [.. known.Prepend(address).Take(KnownAddressesPerUser)]);
    }

    /// <summary>Runs a password check on the thread pool, a few at a time, so signed-in pages keep their threads.</summary>
    public async Task<AppUser?> Verify(Func<AppUser?> check, CancellationToken cancellation)
    {
        await _checks.WaitAsync(cancellation);
        try
        {
            return await Task.Run(check, cancellation);
        }
        finally
        {
            _checks.Release();
        }
    }

    private TimeSpan? Left(string key, int limit)
    {
        if (!_failures.TryGetValue(key, out var failures) || failures.Count < limit)
            return null;
        var left = failures.Last + Window - clock.GetUtcNow();
        return left > TimeSpan.Zero ? left : null;
    }

    private void Count(string key)
    {
        var now = clock.GetUtcNow();
        _failures.AddOrUpdate(key, _ => new Failures(1, now),
            (_, f) => now - f.Last >= Window ? new Failures(1, now) : new Failures(f.Count + 1, now));
    }

    private static string Pair(string user, string address) => "par\n" + user + "\n" + address;

    private static string Address(string address) => "dirección\n" + address;

    private static string Name(string user) => "usuario\n" + user;

    private static string Key(string userName) => TextKey.Fold(userName);

    /// <summary>The container disposes the one throttle when the server stops.</summary>
    public void Dispose() => _checks.Dispose();
}

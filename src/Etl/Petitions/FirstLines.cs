using System.Text;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// The radicados one file has shown so far, each with the line it first appeared on, so that a repeated one is
/// quarantined naming that line. The radicados are kept as UTF-8 in large shared blocks rather than as a string each:
/// at a million rows a dictionary of strings held ~90 MB of a load's 600 MB budget, this holds ~40 MB, and at ten
/// million the difference is half a gigabyte. Comparisons are exact (same bytes), never by hash alone.
/// Not thread-safe: one per pass over a file.
/// </summary>
internal sealed class FirstLines
{
    private const int BlockSize = 1 << 20;
    /// <summary>A radicado's UTF-8 never exceeds this (the mapping quarantines radicados over 100 characters).</summary>
    private const int LongestBytes = 1024;

    private readonly List<byte[]> _blocks = [new byte[BlockSize]];
    private int _blockUsed;

    /// <summary>Open addressing: 0 is an empty slot, otherwise an entry's index plus one. Never more than half full.</summary>
    private int[] _slots = new int[1024];

    private int _count;
    private int[] _hashes = new int[512];
    /// <summary>Where each entry's bytes start: block index times <see cref="BlockSize"/> plus the offset in it.</summary>
    private long[] _starts = new long[512];
    private short[] _lengths = new short[512];
    private long[] _lines = new long[512];

    /// <summary>How many distinct radicados have been seen.</summary>
    public int Count => _count;

    /// <summary>
    /// The line where <paramref name="radicado"/> first appeared, or null when this is its first time (and
    /// <paramref name="line"/> is remembered as its first line).
    /// </summary>
    public long? Repeated(string radicado, long line)
    {
        Span<byte> probe = stackalloc byte[LongestBytes];
        var length = Encoding.UTF8.GetByteCount(radicado);
        if (length > LongestBytes)
            throw new ArgumentException($"Un radicado de {length} bytes no cabe en el registro de duplicados.", nameof(radicado));
        probe = probe[..Encoding.UTF8.GetBytes(radicado, probe)];
        var hash = HashOf(probe);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (_slots[slot] != 0)
        {
            var entry = _slots[slot] - 1;
            if (_hashes[entry] == hash && BytesOf(entry).SequenceEqual(probe))
                return _lines[entry];
            slot = (slot + 1) & mask;
        }
        Add(slot, hash, probe, line);
        return null;
    }

    private void Add(int slot, int hash, ReadOnlySpan<byte> bytes, long line)
    {
        if (_count == _hashes.Length)
        {
            var size = _count * 2;
            Array.Resize(ref _hashes, size);
            Array.Resize(ref _starts, size);
            Array.Resize(ref _lengths, size);
            Array.Resize(ref _lines, size);
        }
        if (_blockUsed + bytes.Length > BlockSize)
        {
            _blocks.Add(new byte[BlockSize]);
            _blockUsed = 0;
        }
        bytes.CopyTo(_blocks[^1].AsSpan(_blockUsed));
        (_hashes[_count], _starts[_count], _lengths[_count], _lines[_count]) =
            (hash, (long)(_blocks.Count - 1) * BlockSize + _blockUsed, (short)bytes.Length, line);
        _blockUsed += bytes.Length;
        _slots[slot] = ++_count;
        if (_count * 2 > _slots.Length)
            Grow();
    }

    private void Grow()
    {
        var slots = new int[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var entry = 0; entry < _count; entry++)
        {
            var slot = _hashes[entry] & mask;
            while (slots[slot] != 0)
                slot = (slot + 1) & mask;
            slots[slot] = entry + 1;
        }
        _slots = slots;
    }

    private ReadOnlySpan<byte> BytesOf(int entry) =>
        _blocks[(int)(_starts[entry] / BlockSize)].AsSpan((int)(_starts[entry] % BlockSize), _lengths[entry]);

    /// <summary>FNV-1a, then mixed so that radicados differing in their last digits spread over the whole table.</summary>
    private static int HashOf(ReadOnlySpan<byte> bytes)
    {
        var hash = 2166136261u;
        foreach (var b in bytes)
            hash = (hash ^ b) * 16777619u;
        hash ^= hash >> 15;
        hash *= 0x2c1b3c6du;
        hash ^= hash >> 12;
        return (int)(hash & int.MaxValue);
    }
}

using Dapper;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>One member of a slice as its catalogue lookup lists it: the key the facts carry, its name and code.</summary>
public sealed class SliceMember
{
    public long Key { get; init; }
    public string Name { get; init; } = "";
    public string? Code { get; init; }
}

/// <summary>
/// The members a slice can be filtered by, from the same lookup <see cref="SliceFilters"/> matches a filter against:
/// what a filter bar offers is what the engine accepts.
/// </summary>
public static class SliceMembers
{
    /// <param name="byName">Ordered by name; otherwise by key (the order the dimension was filled in).</param>
    public static IReadOnlyList<SliceMember> Of(Warehouse warehouse, MeasureSource source, SliceName slice, bool byName)
    {
        var lookup = source.FindSlice(slice)?.Lookup
            ?? throw new ArgumentException($"The slice {slice} of {source.Code} has no lookup.", nameof(slice));
        using var connection = warehouse.OpenConnection();
        return connection.Query<SliceMember>(
            $"SELECT slice_key AS Key, name AS Name, code AS Code FROM ({lookup}) m ORDER BY {(byName ? "name, slice_key" : "slice_key")}").ToList();
    }
}

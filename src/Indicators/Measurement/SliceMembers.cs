using Dapper;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Measurement;

/// <summary>One member of a slice as its catalogue lookup lists it: the key the facts carry, its name and code.</summary>
public sealed class SliceMember
{
    public long Key { get; init; }
    public string Name { get; init; } = "";
    public string? Code { get; init; }

    /// <summary>
    /// Whether a value typed by a person names this member: its name or its code, however accented or capitalised.
    /// The one rule for both the engine's filters and the filter bar's check, so neither refuses what the other takes.
    /// </summary>
    public bool Answers(string value)
    {
        var wanted = TextKey.Fold(value);
        return TextKey.Fold(Name) == wanted || (Code is not null && TextKey.Fold(Code) == wanted);
    }
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
        return Read(connection, lookup, byName ? "name, slice_key" : "slice_key");
    }

    internal static IReadOnlyList<SliceMember> Read(System.Data.Common.DbConnection connection, string lookup, string order) =>
        connection.Query<SliceMember>($"SELECT slice_key AS Key, name AS Name, CAST(code AS VARCHAR) AS Code FROM ({lookup}) m ORDER BY {order}").ToList();
}

using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Indicators.Forecast;

/// <summary>What an arrival series counts: all the entity's petitions, or those of one dependency, channel, type or topic.</summary>
public enum ArrivalSlice
{
    Entity,
    Dependency,
    Channel,
    Type,
    Topic,
}

public static class ArrivalSlices
{
    public static IReadOnlyList<ArrivalSlice> All { get; } = [ArrivalSlice.Entity, ArrivalSlice.Dependency, ArrivalSlice.Channel, ArrivalSlice.Type, ArrivalSlice.Topic];

    /// <summary>The word of <c>--por</c> and of the JSON key: entidad, dependencia, canal, tipo, tema.</summary>
    public static string Code(this ArrivalSlice slice) => slice switch
    {
        ArrivalSlice.Entity => SliceName.Entity.Code,
        ArrivalSlice.Dependency => SliceName.Dependency.Code,
        ArrivalSlice.Channel => SliceName.Channel.Code,
        ArrivalSlice.Type => SliceName.Type.Code,
        _ => SliceName.Topic.Code,
    };

    public static ArrivalSlice? Parse(string code) =>
        All.Cast<ArrivalSlice?>().FirstOrDefault(s => string.Equals(s!.Value.Code(), code.Trim(), StringComparison.OrdinalIgnoreCase));
}

/// <summary>One series: its slice and the member's name (the entity's own series is named "Entidad").</summary>
public sealed record SeriesKey(ArrivalSlice Slice, string Name)
{
    public static SeriesKey Entity { get; } = new(ArrivalSlice.Entity, "Entidad");

    public override string ToString() => Slice == ArrivalSlice.Entity ? Name : $"{Slice.Code()}: {Name}";
}

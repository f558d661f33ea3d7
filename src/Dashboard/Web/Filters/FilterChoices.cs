using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Filters;

/// <summary>One option of a filter list: the value that goes in the URL and the label shown.</summary>
public sealed record Choice(string Value, string Label);

/// <summary>The options the filter bar offers, as the warehouse has them, and the check that a URL's values are among them.</summary>
public sealed record FilterChoices(
    IReadOnlyList<Choice> Entities, IReadOnlyList<Choice> Dependencies, IReadOnlyList<Choice> Channels, IReadOnlyList<Choice> Types)
{
    /// <summary>The members of the petition slices the engine filters by, as its catalogue looks them up.</summary>
    public static FilterChoices Load(Warehouse warehouse)
    {
        IReadOnlyList<SliceMember> Members(SliceName slice, bool byName) => SliceMembers.Of(warehouse, MeasureSources.Petitions, slice, byName);
        List<Choice> Names(IReadOnlyList<SliceMember> members) => members.Select(m => m.Name).Distinct().Select(n => new Choice(n, n)).ToList();
        List<Choice> Codes(IReadOnlyList<SliceMember> members) => members.Select(m => new Choice(m.Code!, m.Name)).ToList();
        var entities = Members(SliceName.Entity, byName: true);
        var dependencies = Members(SliceName.Dependency, byName: true);
        var channels = Members(SliceName.Channel, byName: false);
        return new FilterChoices(Names(entities), Names(dependencies), Codes(channels), Codes(Members(SliceName.Type, byName: false)))
        {
            Known = new Dictionary<SliceName, IReadOnlyList<SliceMember>>
            {
                [SliceName.Entity] = entities, [SliceName.Dependency] = dependencies, [SliceName.Channel] = channels,
            },
        };
    }

    /// <summary>
    /// The members a URL value is checked against, by slice, with their names and codes (an entity's DANE code, a
    /// channel's name): what the engine's filter accepts. Without them, the choices themselves, label and value.
    /// </summary>
    public IReadOnlyDictionary<SliceName, IReadOnlyList<SliceMember>>? Known { get; init; }

    /// <summary>Spanish messages for the values a URL names that the warehouse does not have.</summary>
    public IReadOnlyList<string> Check(DashboardFilters filters)
    {
        var errors = new List<string>();
        void Require(string? value, SliceName slice, IReadOnlyList<Choice> choices, string what)
        {
            var members = Known?.GetValueOrDefault(slice) ?? choices.Select(c => new SliceMember { Name = c.Label, Code = c.Value }).ToList();
            if (value is not null && !members.Any(m => m.Answers(value)))
                errors.Add($"{what} «{value}» no aparece en los datos cargados.");
        }
        Require(filters.Entity, SliceName.Entity, Entities, "La entidad");
        Require(filters.Dependency, SliceName.Dependency, Dependencies, "La dependencia");
        Require(filters.Channel, SliceName.Channel, Channels, "El canal");
        return errors;
    }
}

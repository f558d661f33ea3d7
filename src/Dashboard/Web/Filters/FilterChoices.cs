using IndicadoresServicio.Core.Text;
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
        List<Choice> Names(SliceName slice) => Members(slice, byName: true).Select(m => m.Name).Distinct().Select(n => new Choice(n, n)).ToList();
        List<Choice> Codes(SliceName slice) => Members(slice, byName: false).Select(m => new Choice(m.Code!, m.Name)).ToList();
        return new FilterChoices(Names(SliceName.Entity), Names(SliceName.Dependency), Codes(SliceName.Channel), Codes(SliceName.Type));
    }

    /// <summary>Spanish messages for the values a URL names that the warehouse does not have.</summary>
    public IReadOnlyList<string> Check(DashboardFilters filters)
    {
        var errors = new List<string>();
        void Require(string? value, IReadOnlyList<Choice> choices, string what)
        {
            if (value is not null && !choices.Any(c => TextKey.Fold(c.Value) == TextKey.Fold(value)))
                errors.Add($"{what} «{value}» no aparece en los datos cargados.");
        }
        Require(filters.Entity, Entities, "La entidad");
        Require(filters.Dependency, Dependencies, "La dependencia");
        Require(filters.Channel, Channels, "El canal");
        return errors;
    }
}

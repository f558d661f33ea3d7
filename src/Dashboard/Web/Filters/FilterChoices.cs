using Dapper;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Filters;

/// <summary>One option of a filter list: the value that goes in the URL and the label shown.</summary>
public sealed record Choice(string Value, string Label);

/// <summary>The options the filter bar offers, as the warehouse has them, and the check that a URL's values are among them.</summary>
public sealed record FilterChoices(
    IReadOnlyList<Choice> Entities, IReadOnlyList<Choice> Dependencies, IReadOnlyList<Choice> Channels, IReadOnlyList<Choice> Types)
{
    public static FilterChoices Load(Warehouse warehouse)
    {
        using var connection = warehouse.OpenConnection();
        List<Choice> Names(string sql) => connection.Query<string>(sql).Select(n => new Choice(n, n)).ToList();
        return new FilterChoices(
            Names("SELECT DISTINCT name FROM dim_entity ORDER BY name"),
            Names("SELECT DISTINCT name FROM dim_dependency ORDER BY name"),
            connection.Query<Choice>("SELECT code AS Value, name AS Label FROM dim_channel ORDER BY channel_id").ToList(),
            connection.Query<Choice>("SELECT code AS Value, name AS Label FROM dim_petition_type ORDER BY type_id").ToList());
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

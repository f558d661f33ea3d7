using Dapper;
using IndicadoresServicio.Dashboard.Web.Filters;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Dashboard.Web.Quality;

/// <summary>
/// The filters as a WHERE clause over <c>fct_petition p</c> joined to its dimensions (<c>e</c>, <c>d</c>, <c>c</c>,
/// <c>t</c>): fixed fragments chosen by which filters are set, every value a parameter. Names compare folded, as
/// the dimensions' natural keys are stored.
/// </summary>
public static class PetitionConditions
{
    public const string Joins = """
        JOIN dim_entity e ON e.entity_id = p.entity_id
        JOIN dim_dependency d ON d.dependency_id = p.dependency_id
        JOIN dim_channel c ON c.channel_id = p.channel_id
        JOIN dim_petition_type t ON t.type_id = p.type_id
        """;

    /// <param name="dependency">The dependency after access rules (a secretaría's own when it chose none).</param>
    public static (string Sql, DynamicParameters Parameters) Of(DashboardFilters filters, string? dependency)
    {
        var parameters = new DynamicParameters();
        var where = new List<string> { "p.filed_on >= @filedFrom", "p.filed_on <= @filedTo" };
        parameters.Add("filedFrom", filters.From);
        parameters.Add("filedTo", filters.To);
        if (filters.Entity is not null)
        {
            where.Add("e.name_key = @entityKey");
            parameters.Add("entityKey", TextKey.Fold(filters.Entity));
        }
        if (dependency is not null)
        {
            where.Add("d.name_key = @dependencyKey");
            parameters.Add("dependencyKey", TextKey.Fold(dependency));
        }
        if (filters.Channel is not null)
        {
            where.Add("c.code = @channelCode");
            parameters.Add("channelCode", TextKey.Fold(filters.Channel));
        }
        if (filters.Type is not null)
        {
            where.Add("t.code = @typeCode");
            parameters.Add("typeCode", filters.Type);
        }
        return (string.Join("\n  AND ", where), parameters);
    }
}

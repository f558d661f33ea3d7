namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// The slices every source cuts the same way, and how a slice by a dimension table is made: the fact row's id groups,
/// the dimension row of that id names it. How such a slice groups, labels and looks up its members is written here
/// once; the sources say only which dimension.
/// </summary>
public static class StandardSlices
{
    /// <summary>The entity (alcaldía, gobernación) of every source, coded by its DANE code.</summary>
    public static SliceDefinition Entity { get; } = Of(SliceName.Entity, "Entidad", "dim_entity", "entity_id", code: "dane_code");

    /// <summary>The dependency of petitions, surveys and plan goals, which always name one.</summary>
    public static SliceDefinition Dependency { get; } = Of(SliceName.Dependency, "Dependencia", "dim_dependency", "dependency_id");

    /// <summary>
    /// A slice by <c>f.<paramref name="id"/></c>, labelled and looked up in <paramref name="table"/>'s row of that id.
    /// </summary>
    /// <param name="code">The member's code as the lookup lists it (a column or expression of the table); null: none.</param>
    /// <param name="missing">The label of facts with no such member (a petition without topic); null when every fact has one.</param>
    public static SliceDefinition Of(SliceName name, string title, string table, string id, string? code = null, string? missing = null) =>
        new(name, title, $"f.{id}",
            missing is null ? "{label}.name" : $"COALESCE({{label}}.name, '{missing}')",
            $"SELECT {id} AS slice_key, name, {code ?? "CAST(NULL AS VARCHAR)"} AS code FROM {table}",
            LabelJoin: $"{table} {{label}} ON {{label}}.{id} = {{key}}");

    /// <summary>The month of a date column as yyyymm, an integer to group by cheaply; shown as yyyy-MM.</summary>
    public static SliceDefinition Month(string dateColumn) =>
        new(SliceName.Month, "Mes", $"CAST(EXTRACT(YEAR FROM {dateColumn}) * 100 + EXTRACT(MONTH FROM {dateColumn}) AS INTEGER)",
            "substr(CAST({key} AS VARCHAR), 1, 4) || '-' || substr(CAST({key} AS VARCHAR), 5, 2)",
            null,
            ComparableAcrossPeriods: false);
}

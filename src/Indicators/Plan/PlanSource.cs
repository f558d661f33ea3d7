using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Indicators.Plan;

/// <summary>
/// The measure source of the development-plan indicators: <c>dim_plan_goal</c> and <c>fct_plan_value</c>, measured by
/// <c>sql/indicators/plan_measures.sql</c>, sliced by the plan's own groupings, the responsible dependency and the goal.
/// </summary>
public static class PlanSource
{
    public static MeasureSource Definition { get; } = new(
        "plan",
        [
            new("indicators/plan_measures.sql",
            [
                "goals", "goals_programmed", "year_progress_weighted", "year_progress_weight", "efficacy_weighted", "efficacy_weight",
                "four_year_progress_weighted", "four_year_progress_weight",
            ]),
        ],
        "goals",
        [
            StandardSlices.Entity,
            Group(SliceName.StrategicLine, "Línea estratégica", "f.line_id", "Sin línea"),
            Group(SliceName.Sector, "Sector", "f.sector_id", "Sin sector"),
            Group(SliceName.Program, "Programa", "f.program_id", "Sin programa"),
            StandardSlices.Dependency,
            new(SliceName.Goal, "Meta", "f.goal_id",
                "{label}.goal_code",
                "SELECT goal_id AS slice_key, goal_text AS name, goal_code AS code FROM dim_plan_goal",
                LabelJoin: "dim_plan_goal {label} ON {label}.goal_id = {key}")
            {
                Detail = new SliceDetail("meta_nombre", "Meta de producto", "{label}.goal_text"),
            },
        ])
    {
        CutOffMayPrecedePeriodEnd = true,
    };

    private static SliceDefinition Group(SliceName kind, string title, string key, string missing) =>
        new(kind, title, key,
            $"COALESCE({{label}}.name, '{missing}')",
            $"SELECT group_id AS slice_key, name, CAST(NULL AS VARCHAR) AS code FROM dim_plan_group WHERE kind = '{kind.Code}'",
            LabelJoin: "dim_plan_group {label} ON {label}.group_id = {key}");
}

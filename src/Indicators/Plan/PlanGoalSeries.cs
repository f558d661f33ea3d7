using IndicadoresServicio.Warehousing;
using Dapper;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Indicators.Plan;

/// <summary>One quarter (or whole year, <see cref="Quarter"/> 0) of a goal's follow-up.</summary>
public sealed record GoalPeriodValue(int Year, int Quarter, DateOnly End, double? Programmed, double? Achieved)
{
    public string Label => Quarter == 0 ? $"{Year}" : $"{Year}-T{Quarter}";

    /// <summary>Achieved over programmed in this period alone, capped at 1; null when nothing was programmed.</summary>
    public double? Efficacy => Programmed is > 0 ? Math.Min(1, (Achieved ?? 0) / Programmed.Value) : null;
}

/// <summary>A goal as the plan states it, with its whole follow-up: what the goal's detail and the critical routes show.</summary>
public sealed record GoalSeries(
    int GoalId, string Code, string Text, string? Indicator, string? Unit, string Accumulation, double? Baseline, double? FourYearTarget,
    string Dependency, string Line, string Program, int FirstYear, int LastYear, IReadOnlyList<GoalPeriodValue> Values)
{
    /// <summary>Programmed in the periods of [from, to] that ended by the cut-off (the denominator of the goal's PD-EF).</summary>
    public double ProgrammedDue(DateOnly from, DateOnly to, DateOnly cutOff) =>
        Due(from, to, cutOff).Sum(v => v.Programmed ?? 0);

    public double AchievedDue(DateOnly from, DateOnly to, DateOnly cutOff) =>
        Due(from, to, cutOff).Sum(v => v.Achieved ?? 0);

    /// <summary>The periods of [from, to] ended by the cut-off, oldest first: the goal's trend.</summary>
    public IEnumerable<GoalPeriodValue> Due(DateOnly from, DateOnly to, DateOnly cutOff) =>
        Values.Where(v => v.End >= from && v.End <= to && v.End <= cutOff);
}

/// <summary>Reads goals and their follow-up from the warehouse (a plan has hundreds of goals: all of them is cheap).</summary>
public static class PlanGoalSeries
{
    /// <param name="dependency">Only this dependency's goals (matched folded); null for all.</param>
    /// <param name="goalCode">Only this goal (matched folded); null for all.</param>
    public static IReadOnlyList<GoalSeries> Read(Warehouse warehouse, string? dependency = null, string? goalCode = null)
    {
        using var connection = warehouse.OpenConnection();
        var goals = connection.Query<GoalRow>(warehouse.Sql("""
            SELECT g.goal_id AS GoalId, g.goal_code AS Code, g.goal_text AS Text, g.indicator_name AS Indicator, g.unit AS Unit,
                g.accumulation AS Accumulation, g.baseline AS Baseline, g.four_year_target AS FourYearTarget, d.name AS Dependency,
                d.name_key AS DependencyKey, g.goal_key AS GoalKey, COALESCE(l.name, 'Sin línea') AS Line, COALESCE(p.name, 'Sin programa') AS Program,
                CAST(g.first_year AS INTEGER) AS FirstYear, CAST(g.last_year AS INTEGER) AS LastYear
            FROM dim_plan_goal g
            JOIN dim_dependency d ON d.dependency_id = g.dependency_id
            LEFT JOIN dim_plan_group l ON l.group_id = g.line_id
            LEFT JOIN dim_plan_group p ON p.group_id = g.program_id
            """)).Where(g => (dependency is null || g.DependencyKey == TextKey.Fold(dependency)) && (goalCode is null || g.GoalKey == TextKey.Fold(goalCode)))
            .ToList();
        var values = connection.Query<ValueRow>(warehouse.Sql("""
            SELECT goal_id AS GoalId, CAST(year AS INTEGER) AS Year, CAST(quarter AS INTEGER) AS Quarter, period_end AS PeriodEnd,
                programmed AS Programmed, achieved AS Achieved
            FROM fct_plan_value
            """)).ToLookup(v => v.GoalId);
        return goals.Select(g => new GoalSeries(g.GoalId, g.Code, g.Text, g.Indicator, g.Unit, g.Accumulation, g.Baseline, g.FourYearTarget,
                g.Dependency, g.Line, g.Program, g.FirstYear, g.LastYear,
                values[g.GoalId].OrderBy(v => v.PeriodEnd).ThenBy(v => v.Quarter)
                    .Select(v => new GoalPeriodValue(v.Year, v.Quarter, v.PeriodEnd, v.Programmed, v.Achieved)).ToList()))
            .ToList();
    }

    private sealed record GoalRow(int GoalId, string Code, string Text, string? Indicator, string? Unit, string Accumulation, double? Baseline,
        double? FourYearTarget, string Dependency, string DependencyKey, string GoalKey, string Line, string Program, int FirstYear, int LastYear);

    private sealed record ValueRow(int GoalId, int Year, int Quarter, DateOnly PeriodEnd, double? Programmed, double? Achieved);
}

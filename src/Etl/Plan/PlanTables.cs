using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing.BulkWriting;

namespace IndicadoresServicio.Etl.Plan;

/// <summary>The plan's goals and their values per period as the load writes them, in table order (migration 0200).</summary>
internal static class PlanTables
{
    private static readonly BulkColumns<PlanGoalRow> GoalColumn = new();
    private static readonly BulkColumns<PlanValueRow> ValueColumn = new();

    public static BulkTable<PlanGoalRow> Goal { get; } = new("dim_plan_goal",
        GoalColumn.Int("goal_id", r => r.Id, TableRows.Key),
        GoalColumn.Int("entity_id", r => r.Entity),
        GoalColumn.SmallInt("first_year", r => (short)r.Profile.FirstYear),
        GoalColumn.SmallInt("last_year", r => (short)r.Profile.LastYear, TableRows.Attributes),
        GoalColumn.Text("goal_code", r => r.Goal.Code, TableRows.Attributes),
        GoalColumn.Text("goal_key", r => r.Key),
        GoalColumn.Int("line_id", r => r.Line, TableRows.Attributes),
        GoalColumn.Int("sector_id", r => r.Sector, TableRows.Attributes),
        GoalColumn.Int("program_id", r => r.Program, TableRows.Attributes),
        GoalColumn.Int("dependency_id", r => r.Dependency, TableRows.Attributes),
        GoalColumn.Text("goal_text", r => r.Goal.Text, TableRows.Attributes),
        GoalColumn.Text("indicator_name", r => r.Goal.Indicator, TableRows.Attributes),
        GoalColumn.Text("unit", r => r.Goal.Unit, TableRows.Attributes),
        GoalColumn.Double("baseline", r => r.Goal.Baseline, TableRows.Attributes),
        GoalColumn.Double("four_year_target", r => r.Goal.FourYearTarget, TableRows.Attributes),
        GoalColumn.Text("accumulation", r => r.Goal.Accumulation, TableRows.Attributes),
        GoalColumn.Double("weight", r => r.Goal.Weight, TableRows.Attributes),
        GoalColumn.Text("source", r => r.Profile.Source, TableRows.Attributes),
        GoalColumn.Text("row_hash", r => r.Hash, TableRows.Attributes),
        GoalColumn.Long("first_run_id", r => r.Run),
        GoalColumn.Long("last_run_id", r => r.Run, TableRows.Attributes));

    /// <summary>A new goal's id is the engine's: <c>nextval('seq_plan_goal')</c>.</summary>
    public static BulkTable<PlanGoalRow> NewGoal { get; } = Goal.Without("goal_id");

    public static BulkTable<PlanValueRow> Value { get; } = new("fct_plan_value",
        ValueColumn.Int("goal_id", r => r.Goal),
        ValueColumn.SmallInt("year", r => (short)r.Period.Year),
        ValueColumn.SmallInt("quarter", r => (short)r.Period.Quarter),
        ValueColumn.Date("period_end", r => r.Period.End),
        ValueColumn.Double("programmed", r => r.Values.Programmed),
        ValueColumn.Double("achieved", r => r.Values.Achieved));
}

/// <summary>One <c>dim_plan_goal</c> row: the workbook's goal with its folded key, its dimension ids and fingerprint.</summary>
internal sealed record PlanGoalRow(int Id, int Entity, PlanProfile Profile, PlanGoal Goal, string Key, int? Line, int? Sector,
    int? Program, int Dependency, string Hash, long Run);

/// <summary>One <c>fct_plan_value</c> row: a goal's programmed and achieved values for a period.</summary>
internal sealed record PlanValueRow(int Goal, PlanPeriod Period, PeriodValues Values);

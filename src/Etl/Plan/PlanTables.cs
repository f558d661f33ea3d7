using IndicadoresServicio.Warehousing.BulkWriting;

namespace IndicadoresServicio.Etl.Plan;

/// <summary>
/// <c>dim_plan_goal</c> and <c>fct_plan_value</c>, each described once, in table order (migration 0200): the load's
/// INSERT and UPDATE statements take their columns from here (<see cref="Load.TableRows"/>), and
/// <c>DatasetTablesTests</c> checks both against each engine's catalogue.
/// </summary>
internal static class PlanTables
{
    private static readonly BulkColumns<PlanGoalRow> GoalColumn = new();
    private static readonly BulkColumns<PlanValueRow> ValueColumn = new();

    /// <summary>The goal's id: what an UPDATE's WHERE names.</summary>
    public const string Key = "key";

    /// <summary>What a new workbook of the same cuatrienio rewrites of a goal it changed.</summary>
    public const string Attributes = "attributes";

    public static BulkTable<PlanGoalRow> Goal { get; } = new("dim_plan_goal",
        GoalColumn.Int("goal_id", r => r.Id, Key),
        GoalColumn.Int("entity_id", r => r.Entity),
        GoalColumn.SmallInt("first_year", r => (short)r.Profile.FirstYear),
        GoalColumn.SmallInt("last_year", r => (short)r.Profile.LastYear, Attributes),
        GoalColumn.Text("goal_code", r => r.Goal.Code, Attributes),
        GoalColumn.Text("goal_key", r => r.Key),
        GoalColumn.Int("line_id", r => r.Line, Attributes),
        GoalColumn.Int("sector_id", r => r.Sector, Attributes),
        GoalColumn.Int("program_id", r => r.Program, Attributes),
        GoalColumn.Int("dependency_id", r => r.Dependency, Attributes),
        GoalColumn.Text("goal_text", r => r.Goal.Text, Attributes),
        GoalColumn.Text("indicator_name", r => r.Goal.Indicator, Attributes),
        GoalColumn.Text("unit", r => r.Goal.Unit, Attributes),
        GoalColumn.Double("baseline", r => r.Goal.Baseline, Attributes),
        GoalColumn.Double("four_year_target", r => r.Goal.FourYearTarget, Attributes),
        GoalColumn.Text("accumulation", r => r.Goal.Accumulation, Attributes),
        GoalColumn.Double("weight", r => r.Goal.Weight, Attributes),
        GoalColumn.Text("source", r => r.Profile.Source, Attributes),
        GoalColumn.Text("row_hash", r => r.Hash, Attributes),
        GoalColumn.Long("first_run_id", r => r.Run),
        GoalColumn.Long("last_run_id", r => r.Run, Attributes));

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

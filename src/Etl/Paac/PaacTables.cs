using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing.BulkWriting;

namespace IndicadoresServicio.Etl.Paac;

/// <summary>The PAAC's two tables as the load writes them, in table order (migration 0150).</summary>
internal static class PaacTables
{
    private static readonly BulkColumns<PaacActivity> ActivityColumn = new();
    private static readonly BulkColumns<PaacFollowUp> FollowUpColumn = new();

    public static BulkTable<PaacActivity> Activity { get; } = new("fct_paac_activity",
        ActivityColumn.Long("activity_id", r => r.Id, TableRows.Key),
        ActivityColumn.Int("entity_id", r => r.Plan.Entity),
        ActivityColumn.Text("plan_code", r => r.Plan.Code),
        ActivityColumn.SmallInt("vigencia", r => (short)r.Plan.Vigencia),
        ActivityColumn.Int("component_id", r => r.Component),
        ActivityColumn.Text("activity_number", r => r.Row.Number),
        ActivityColumn.Int("subcomponent_id", r => r.Subcomponent, TableRows.Attributes),
        ActivityColumn.Int("dependency_id", r => r.Dependency, TableRows.Attributes),
        ActivityColumn.Text("activity", r => r.Row.Activity, TableRows.Attributes),
        ActivityColumn.Text("goal", r => r.Row.Goal, TableRows.Attributes),
        ActivityColumn.Text("responsible", r => r.Row.Responsible, TableRows.Attributes),
        ActivityColumn.Text("scheduled_text", r => r.Row.ScheduledText, TableRows.Attributes),
        ActivityColumn.Date("scheduled_on", r => r.Scheduled.Due, TableRows.Attributes),
        ActivityColumn.Bool("is_recurring", r => r.Scheduled.Recurring, TableRows.Attributes),
        ActivityColumn.Text("source", r => r.Plan.Source, TableRows.Attributes),
        ActivityColumn.Text("file_name", r => r.Plan.FileName, TableRows.Attributes),
        ActivityColumn.Text("sheet", r => r.Row.Sheet, TableRows.Attributes),
        ActivityColumn.Long("line", r => r.Row.Line, TableRows.Attributes),
        ActivityColumn.Text("row_hash", r => r.Hash, TableRows.Attributes),
        ActivityColumn.Long("first_run_id", r => r.Plan.Run),
        ActivityColumn.Long("last_run_id", r => r.Plan.Run, TableRows.Attributes));

    /// <summary>A new activity's id is the engine's: <c>nextval('seq_paac_activity')</c>.</summary>
    public static BulkTable<PaacActivity> NewActivity { get; } = Activity.Without("activity_id");

    public static BulkTable<PaacFollowUp> FollowUp { get; } = new("fct_paac_followup",
        FollowUpColumn.Long("activity_id", r => r.Activity, TableRows.Key),
        FollowUpColumn.Date("cut_off", r => r.CutOff, TableRows.Key),
        FollowUpColumn.Decimal("progress", r => r.Progress, TableRows.Attributes),
        FollowUpColumn.Text("observations", r => r.Observations, TableRows.Attributes),
        FollowUpColumn.Long("run_id", r => r.Run, TableRows.Attributes));
}

/// <summary>What every activity of one load shares: the entity's plan of one vigencia, the file it came in, the run.</summary>
internal sealed record PaacLoadedPlan(int Entity, string Code, int Vigencia, string Source, string FileName, long Run);

/// <summary>One <c>fct_paac_activity</c> row: the plan's row with its dimension ids, due date and fingerprint.</summary>
internal sealed record PaacActivity(long Id, PaacLoadedPlan Plan, int Component, int? Subcomponent, int? Dependency,
    PaacRow Row, ScheduledDate Scheduled, string Hash);

/// <summary>One <c>fct_paac_followup</c> row: an activity's progress (percent points) and observations at a cut-off.</summary>
internal sealed record PaacFollowUp(long Activity, DateOnly CutOff, decimal? Progress, string? Observations, long Run);

using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Warehousing.BulkWriting;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// <c>fct_petition</c> and <c>stg_petition</c>, each described once, in table order (migrations 0002, 0003 and
/// 0007): the bulk writers' column order and encoding and the merge scripts' column lists come from here, and
/// <c>PetitionTablesTests</c> checks both against each engine's catalogue.
/// </summary>
internal static class PetitionTables
{
    private static readonly BulkColumns<FactRow> FactColumn = new();
    private static readonly BulkColumns<StagingRow> StagingColumn = new();
    private static readonly BulkColumns<CanonicalPetition> PetitionColumn = new();

    /// <summary>The natural key: never rewritten by the merge's UPDATE.</summary>
    public const string Key = "key";

    /// <summary>What a petition's row says, all taken from its staged row (<c>int_staged_petition</c>).</summary>
    public const string Attributes = "attributes";

    /// <summary>The legal term the load computed for a petition, the same columns in both tables.</summary>
    private static readonly BulkColumn<CanonicalPetition>[] Deadline =
    [
        PetitionColumn.Int("term_days", p => p.TermDays),
        PetitionColumn.Date("due_on", p => p.Terms.DueOn),
        PetitionColumn.Date("extension_due_on", p => p.Terms.ExtendedDueOn),
        PetitionColumn.Bool("extension_valid", p => p.Terms.ExtensionValid),
        PetitionColumn.Date("effective_due_on", p => p.Terms.EffectiveDueOn),
    ];

    /// <summary>The answer's business days, the source's own due date, the transfer and the petitioner: the same columns in both tables.</summary>
    private static readonly BulkColumn<CanonicalPetition>[] Answer =
    [
        PetitionColumn.Int("business_days_to_answer", p => p.Terms.BusinessDaysToAnswer),
        PetitionColumn.Date("source_due_on", p => p.SourceDueOn),
        PetitionColumn.Bool("transferred", p => p.Transferred),
        PetitionColumn.Text("petitioner_type", p => p.PetitionerType),
        PetitionColumn.Text("petitioner_hash", p => p.PetitionerHash),
    ];

    public static BulkTable<FactRow> Fact { get; } = new("fct_petition",
    [
        FactColumn.Long("petition_id", r => r.PetitionId),
        FactColumn.Int("entity_id", r => r.Context.Entity, Key),
        FactColumn.Text("radicado", r => r.Petition.Radicado, Key),
        FactColumn.Text("source", r => r.Context.Source),
        FactColumn.Int("type_id", r => r.Ids.Type, Attributes),
        FactColumn.Int("channel_id", r => r.Ids.Channel, Attributes),
        FactColumn.Int("dependency_id", r => r.Ids.Dependency, Attributes),
        FactColumn.Int("topic_id", r => r.Ids.Topic == 0 ? null : r.Ids.Topic, Attributes),
        FactColumn.Date("filed_on", r => r.Petition.FiledOn, Attributes),
        FactColumn.Int("filed_date_key", r => DateKey(r.Petition.FiledOn), Attributes),
        .. Deadline.Select(c => c.Within<FactRow>(r => r.Petition, Attributes)),
        FactColumn.Date("answered_on", r => r.Petition.AnsweredOn, Attributes),
        .. Answer.Select(c => c.Within<FactRow>(r => r.Petition, Attributes)),
        FactColumn.Text("row_hash", r => r.Hash, Attributes),
        FactColumn.Long("first_run_id", r => r.Context.Run),
        FactColumn.Long("last_run_id", r => r.Context.Run),
        FactColumn.Timestamp("loaded_at", r => r.Context.Now),
        FactColumn.Timestamp("updated_at", r => r.Context.Now),
        FactColumn.Int("outcome_code", r => r.Petition.OutcomeCode, Attributes),
    ]);

    public static BulkTable<StagingRow> Staging { get; } = new("stg_petition",
    [
        StagingColumn.Long("run_id", r => r.Run),
        StagingColumn.Long("line", r => r.Petition.Line),
        StagingColumn.Text("radicado", r => r.Petition.Radicado),
        StagingColumn.Text("type_code", r => PetitionTypes.Code(r.Petition.Type)),
        StagingColumn.Text("channel_code", r => r.Petition.Channel.Code),
        StagingColumn.Text("channel_name", r => r.Petition.Channel.Name),
        StagingColumn.Text("dependency_name", r => r.Petition.DependencyName),
        StagingColumn.Text("dependency_key", r => r.Petition.DependencyKey),
        StagingColumn.Bool("dependency_known", r => r.Petition.DependencyKnown),
        StagingColumn.Text("topic_name", r => r.Petition.TopicName),
        StagingColumn.Text("topic_key", r => r.Petition.TopicKey),
        StagingColumn.Date("filed_on", r => r.Petition.FiledOn),
        StagingColumn.Date("answered_on", r => r.Petition.AnsweredOn),
        .. Deadline.Select(c => c.Within<StagingRow>(r => r.Petition)),
        .. Answer.Select(c => c.Within<StagingRow>(r => r.Petition)),
        StagingColumn.Text("row_hash", r => r.Hash),
    ]);

    /// <summary>PostgreSQL's COPY leaves <c>petition_id</c> to its default, <c>nextval('seq_petition')</c>.</summary>
    public static BulkTable<FactRow> FactWithoutId { get; } = Fact.Without("petition_id");

    /// <summary>A merge script's statements with the tables' column lists expanded (<see cref="BulkTable{TRow}.Expand"/>).</summary>
    public static IEnumerable<string> Script(string name) =>
        Warehousing.SqlScripts.Statements(name).Select(statement => Staging.Expand(Fact.Expand(statement)));

    public static int DateKey(DateOnly date) => date.Year * 10000 + date.Month * 100 + date.Day;
}

/// <summary>One <c>fct_petition</c> row as the first load writes it: the petition, its fingerprint and its ids.</summary>
internal readonly record struct FactRow(CanonicalPetition Petition, string Hash, FactRefs Ids, long PetitionId, FactContext Context);

/// <summary>One <c>stg_petition</c> row: the petition, its fingerprint and the run staging it.</summary>
internal readonly record struct StagingRow(CanonicalPetition Petition, string Hash, long Run);

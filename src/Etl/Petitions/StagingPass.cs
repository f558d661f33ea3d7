using System.Threading.Channels;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// A petition ready for staging. Its fingerprint is taken by the writing side (<see cref="Hash"/>): the reading side
/// is the busier of the two, and SHA-256 is a fifth of its work. A caller that already has it may pass it.
/// </summary>
internal readonly record struct StagedRow(CanonicalPetition Petition, string? KnownHash = null)
{
    public string Hash => KnownHash ?? RowHash.Of(Petition);
}

/// <summary>What the pass over a file counted besides the rows it staged: quarantine, statuses, unknown values.</summary>
internal sealed class StagingTally
{
    public List<QuarantinedRow> Quarantine { get; } = [];

    public PetitionStatusCounter Statuses { get; } = PetitionStatusCounter.Empty();

    public SortedSet<string> Unknown { get; } = new(StringComparer.Ordinal);

    public long Read { get; set; }

    public long Staged { get; set; }

    public long DueDateDisagreements { get; set; }

    /// <summary>Rows whose dependency or topic name was cut to <see cref="PetitionMapping.MemberNameLength"/> characters.</summary>
    public long CutNames { get; set; }
}

/// <summary>
/// The pass over a source's records: each becomes a staged row or a quarantined one. It runs on its own thread
/// and hands rows through a bounded channel, so reading and transforming overlap with the engine's bulk writing
/// (the two halves cost about the same) while memory stays bounded. Rows travel in batches: handed one by one,
/// the writer went to sleep and was woken again every few dozen rows, twenty thousand times per million.
/// </summary>
internal static class StagingPass
{
    private const int ProgressEvery = 10_000;

    /// <summary>Rows per batch: DuckDB's vector size, so that a batch fills one of its data chunks.</summary>
    public const int BatchSize = 2048;

    public static async Task Produce(SourceTable table, PetitionMapping mapping, MappingProfile profile, DateOnly cutOff,
        StagingTally tally, ChannelWriter<List<StagedRow>> output, IProgress<long>? progress, CancellationToken cancellation)
    {
        Exception? failure = null;
        try
        {
            var seen = new FirstLines();
            var batch = new List<StagedRow>(BatchSize);
            foreach (var record in table.Records)
            {
                cancellation.ThrowIfCancellationRequested();
                if (++tally.Read % ProgressEvery == 0)
                    progress?.Report(tally.Read);
                if (!record.IsReadable)
                {
                    tally.Quarantine.Add(new(record.Line, record.Problem.Column, record.Problem.Kind, record.Problem.Reason, null, record.Problem.SwallowsRest));
                    continue;
                }
                var outcome = mapping.Map(record.Row);
                if (outcome.Rejection is { } rejection)
                {
                    tally.Quarantine.Add(new(rejection.Line, rejection.Column, rejection.Kind, rejection.Reason, record.Row.Cells));
                    continue;
                }
                var petition = outcome.Petition!;
                if (seen.Repeated(petition.Radicado, petition.Line) is { } firstLine)
                {
                    tally.Quarantine.Add(new(petition.Line, profile.Columns[CanonicalFields.Radicado], QuarantineReason.RepeatedRadicado,
                        $"el radicado {petition.Radicado} está repetido en el archivo (ya aparece en la línea {firstLine})", record.Row.Cells));
                    continue;
                }
                Count(petition, cutOff, tally);
                batch.Add(new StagedRow(petition));
                if (batch.Count == BatchSize)
                {
                    await output.WriteAsync(batch, cancellation);
                    batch = new List<StagedRow>(BatchSize);
                }
            }
            if (batch.Count > 0)
                await output.WriteAsync(batch, cancellation);
            progress?.Report(tally.Read);
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            output.TryComplete(failure);
        }
    }

    private static void Count(CanonicalPetition petition, DateOnly cutOff, StagingTally tally)
    {
        tally.Staged++;
        tally.Statuses.Add(PetitionStatuses.StatusAt(petition.TermDays, petition.Terms.EffectiveDueOn, petition.AnsweredOn, cutOff));
        if (petition.DueDateDisagrees)
            tally.DueDateDisagreements++;
        if (!petition.Channel.Known)
            tally.Unknown.Add($"canal «{petition.Channel.Name}»");
        if (!petition.DependencyKnown)
            tally.Unknown.Add($"dependencia «{petition.DependencyName}»");
    }
}

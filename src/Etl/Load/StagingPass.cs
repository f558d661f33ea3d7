using System.Threading.Channels;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Indicators.Terms;

namespace IndicadoresServicio.Etl.Load;

/// <summary>A petition ready for staging, with its fingerprint.</summary>
internal readonly record struct StagedRow(CanonicalPetition Petition, string Hash);

/// <summary>What the pass over a file counted besides the rows it staged: quarantine, statuses, unknown values.</summary>
internal sealed class StagingTally
{
    public List<PetitionLoad.QuarantinedRow> Quarantine { get; } = [];

    public PetitionStatusCounter Statuses { get; } = PetitionStatusCounter.Empty();

    public SortedSet<string> Unknown { get; } = new(StringComparer.Ordinal);

    public long Read { get; set; }

    public long Staged { get; set; }

    public long DueDateDisagreements { get; set; }
}

/// <summary>
/// The pass over a source's records: each becomes a staged row or a quarantined one. It runs on its own thread
/// and hands rows through a bounded channel, so reading and transforming overlap with the engine's bulk writing
/// (the two halves cost about the same) while memory stays bounded.
/// </summary>
internal static class StagingPass
{
    private const int ProgressEvery = 10_000;

    public static async Task Produce(SourceTable table, PetitionMapping mapping, MappingProfile profile, DateOnly cutOff,
        StagingTally tally, ChannelWriter<StagedRow> output, IProgress<long>? progress, CancellationToken cancellation)
    {
        Exception? failure = null;
        try
        {
            var seen = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var record in table.Records)
            {
                cancellation.ThrowIfCancellationRequested();
                if (++tally.Read % ProgressEvery == 0)
                    progress?.Report(tally.Read);
                if (!record.IsReadable)
                {
                    tally.Quarantine.Add(new(record.Line, record.Problem.Column, record.Problem.Reason, null));
                    continue;
                }
                var outcome = mapping.Map(record.Row);
                if (outcome.Rejection is { } rejection)
                {
                    tally.Quarantine.Add(new(rejection.Line, rejection.Column, rejection.Reason, record.Row.Cells));
                    continue;
                }
                var petition = outcome.Petition!;
                if (seen.TryGetValue(petition.Radicado, out var firstLine))
                {
                    tally.Quarantine.Add(new(petition.Line, profile.Columns[CanonicalFields.Radicado],
                        $"el radicado {petition.Radicado} está repetido en el archivo (ya aparece en la línea {firstLine})", record.Row.Cells));
                    continue;
                }
                seen.Add(petition.Radicado, petition.Line);
                Count(petition, cutOff, tally);
                await output.WriteAsync(new StagedRow(petition, RowHash.Of(petition)), cancellation);
            }
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
        tally.Statuses.Add(PetitionStatuses.StatusAt(petition.Terms.EffectiveDueOn, petition.AnsweredOn, cutOff));
        if (petition.DueDateDisagrees)
            tally.DueDateDisagreements++;
        if (!petition.Channel.Known)
            tally.Unknown.Add($"canal «{petition.Channel.Name}»");
        if (!petition.DependencyKnown)
            tally.Unknown.Add($"dependencia «{petition.DependencyName}»");
    }
}

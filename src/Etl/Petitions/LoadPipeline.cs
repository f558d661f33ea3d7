using System.Threading.Channels;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Transform;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// The two halves of a load, each on its own thread: reading and transforming the file (<see cref="StagingPass"/>)
/// and writing batches of rows with the engine's bulk path, on the calling thread because the engines' bulk writers
/// must stay on the connection's thread. A bounded channel between them keeps memory flat; a failure on either side
/// stops the other and is the one reported.
/// </summary>
/// <remarks>
/// Two stages, not three: a stage that encodes batches between them costs a two-core server more than it takes off
/// the writer (measured in bench/RESULTS.md).
/// </remarks>
internal static class LoadPipeline
{
    /// <summary>
    /// Batches in flight. DuckDB's appender moves its buffer into the table every hundred chunks or so, and the reader
    /// must not stall meanwhile: with 4 batches it sat blocked ~1.1 s per million rows, with 8 ~0.9 s, with 16 ~0.5 s
    /// but at 570-600 MB peak, against the 600 MB target. 8 is the compromise.
    /// </summary>
    private const int Capacity = 8;

    public static StagingTally Run(MappingProfile profile, SourceTable table, LoadOptions options, IProgress<long>? progress,
        CancellationToken cancellation, Action<List<StagedRow>> write)
    {
        var tally = new StagingTally();
        var mapping = new PetitionMapping(profile, options.Calendar, options.Today);
        var rows = System.Threading.Channels.Channel.CreateBounded<List<StagedRow>>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var producer = Task.Run(() => StagingPass.Produce(table, mapping, profile, options.CutOff, tally, rows.Writer, progress, stop.Token));
        try
        {
            var reader = rows.Reader;
            while (reader.WaitToReadAsync(cancellation).AsTask().GetAwaiter().GetResult())
                while (reader.TryRead(out var batch))
                    write(batch);
        }
        catch
        {
            stop.Cancel();
            try { producer.GetAwaiter().GetResult(); } catch (Exception) { /* the first failure is the one to report */ }
            throw;
        }
        producer.GetAwaiter().GetResult();
        tally.CutNames = mapping.CutNames;
        return tally;
    }
}

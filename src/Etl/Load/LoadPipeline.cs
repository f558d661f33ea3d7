using System.Threading.Channels;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// The three stages of a load, each on its own thread: reading and transforming the file (<see cref="StagingPass"/>),
/// encoding batches into the engine's bulk format, and writing them on the connection's thread (the calling one,
/// because the engines' bulk writers must stay on it). Bounded channels between them keep memory flat; a failure
/// anywhere stops the other stages and is the one reported.
/// </summary>
internal static class LoadPipeline
{
    /// <summary>Batches in flight between two stages: a few thousand rows, as before the encoding stage existed.</summary>
    private const int Capacity = 4;

    public static StagingTally Run<TBatch>(MappingProfile profile, SourceTable table, LoadOptions options, IProgress<long>? progress,
        CancellationToken cancellation, Func<List<StagedRow>, TBatch> encode, Action<TBatch> write)
    {
        var tally = new StagingTally();
        var mapping = new Transform.PetitionMapping(profile, options.Calendar, options.Today);
        var rows = Channel.CreateBounded<List<StagedRow>>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
        var batches = Channel.CreateBounded<TBatch>(new BoundedChannelOptions(Capacity) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var producer = Task.Run(() => StagingPass.Produce(table, mapping, profile, options.CutOff, tally, rows.Writer, progress, stop.Token));
        var encoder = Task.Run(() => Encode(rows.Reader, batches.Writer, encode, stop.Token));
        try
        {
            var reader = batches.Reader;
            while (reader.WaitToReadAsync(cancellation).AsTask().GetAwaiter().GetResult())
                while (reader.TryRead(out var batch))
                    write(batch);
        }
        catch
        {
            stop.Cancel();
            foreach (var stage in new[] { producer, encoder })
                try { stage.GetAwaiter().GetResult(); } catch (Exception) { /* the first failure is the one to report */ }
            while (batches.Reader.TryRead(out var unwritten))
                (unwritten as IDisposable)?.Dispose();
            throw;
        }
        producer.GetAwaiter().GetResult();
        encoder.GetAwaiter().GetResult();
        return tally;
    }

    private static async Task Encode<TBatch>(ChannelReader<List<StagedRow>> rows, ChannelWriter<TBatch> batches,
        Func<List<StagedRow>, TBatch> encode, CancellationToken cancellation)
    {
        Exception? failure = null;
        try
        {
            await foreach (var batch in rows.ReadAllAsync(cancellation))
            {
                var encoded = encode(batch);
                try
                {
                    await batches.WriteAsync(encoded, cancellation);
                }
                catch
                {
                    (encoded as IDisposable)?.Dispose();
                    throw;
                }
            }
        }
        catch (Exception e)
        {
            failure = e;
            throw;
        }
        finally
        {
            batches.TryComplete(failure);
        }
    }
}

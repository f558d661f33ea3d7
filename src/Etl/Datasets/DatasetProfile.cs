using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Datasets;

/// <summary>
/// A profile opened for its dataset: what the command line, the inbox, the scheduler and the demo need of it,
/// whatever its <c>"tipo"</c>. Each dataset builds one from its own profile (see <see cref="DatasetProfiles"/>).
/// </summary>
/// <param name="Kind">The profile's <c>"tipo"</c>: peticiones, encuestas, paac, plan…</param>
/// <param name="Source">The source's short stable name: its drop folder, and the key of its runs in the run log.</param>
/// <param name="Schedule">The profile's own cron (<c>"programacion"</c>), if it has one.</param>
/// <param name="LoadFile">Loads one export file of this source.</param>
/// <param name="PullDatabase">For a source read from a database rather than from files: one incremental pull.</param>
public sealed record DatasetProfile(
    string Kind,
    string Source,
    string? Schedule,
    DatasetProfile.FileLoader LoadFile,
    DatasetProfile.DatabasePull? PullDatabase = null)
{
    public delegate LoadSummary FileLoader(Warehouse warehouse, string filePath, FileLoadOptions options,
        IProgress<long>? progress = null, CancellationToken cancellation = default);

    public delegate LoadSummary DatabasePull(Warehouse warehouse, FileLoadOptions options,
        IProgress<long>? progress = null, CancellationToken cancellation = default);
}

using System.Data.Common;
using System.Text.Json;
using Dapper;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Indicators.Terms;
using IndicadoresServicio.Indicators.Text;
using IndicadoresServicio.Indicators.Warehouse;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// Loads one opened source file into the star schema: every row is either merged into <c>fct_petition</c>
/// or quarantined with its line, column and reason. The whole load is one transaction, so a load that fails
/// or is killed half-way leaves the marts as they were; only the run log keeps the attempt.
/// </summary>
public static class PetitionLoad
{
    private const int ProgressEvery = 10_000;

    /// <param name="beforeCommit">Work that must commit or roll back with the load (a source's new watermark).</param>
    public static LoadSummary Run(Warehouse warehouse, MappingProfile profile, SourceTable table, LoadOptions options,
        IProgress<long>? progress = null, CancellationToken cancellation = default,
        Action<DbConnection, DbTransaction, long>? beforeCommit = null)
    {
        using var connection = warehouse.OpenConnection();
        var runId = RunLog.Start(warehouse, connection, profile.Source, table.FileName, options);
        try
        {
            RequireMappedColumns(profile, table);
            var summary = LoadInTransaction(warehouse, connection, runId, profile, table, options, progress, cancellation, beforeCommit);
            return summary;
        }
        catch (Exception e)
        {
            RunLog.Fail(warehouse, connection, runId, e);
            if (e is EtlException or OperationCanceledException)
                throw;
            throw new EtlException($"La carga de {table.FileName} falló y no se guardó nada de ella: {e.Message}", e);
        }
    }

    private static LoadSummary LoadInTransaction(Warehouse warehouse, DbConnection connection, long runId, MappingProfile profile,
        SourceTable table, LoadOptions options, IProgress<long>? progress, CancellationToken cancellation,
        Action<DbConnection, DbTransaction, long>? beforeCommit)
    {
        using var transaction = connection.BeginTransaction();
        var entityId = Entities.Ensure(warehouse, connection, transaction, profile.Entity);
        var mapping = new PetitionMapping(profile, options.Calendar, options.Today);
        var quarantine = new List<QuarantinedRow>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        var statuses = PetitionStatusCounter.Empty();
        var unknown = new SortedSet<string>(StringComparer.Ordinal);
        long read = 0, staged = 0, disagreements = 0;

        using (var staging = StagingWriter.Open(connection, warehouse.Engine, runId))
        {
            foreach (var record in table.Records)
            {
                cancellation.ThrowIfCancellationRequested();
                if (++read % ProgressEvery == 0)
                    progress?.Report(read);
                if (!record.IsReadable)
                {
                    quarantine.Add(new QuarantinedRow(record.Line, record.Problem.Column, record.Problem.Reason, null));
                    continue;
                }
                var outcome = mapping.Map(record.Row);
                if (outcome.Rejection is { } rejection)
                {
                    quarantine.Add(new QuarantinedRow(rejection.Line, rejection.Column, rejection.Reason, record.Row.Cells));
                    continue;
                }
                var petition = outcome.Petition!;
                if (seen.TryGetValue(petition.Radicado, out var firstLine))
                {
                    quarantine.Add(new QuarantinedRow(petition.Line, profile.Columns["radicado"],
                        $"el radicado {petition.Radicado} está repetido en el archivo (ya aparece en la línea {firstLine})", record.Row.Cells));
                    continue;
                }
                seen.Add(petition.Radicado, petition.Line);
                staging.Write(petition, RowHash.Of(petition));
                staged++;
                statuses.Add(PetitionStatuses.StatusAt(petition.Terms.EffectiveDueOn, petition.AnsweredOn, options.CutOff));
                if (petition.DueDateDisagrees)
                    disagreements++;
                if (!petition.Channel.Known)
                    unknown.Add($"canal «{petition.Channel.Name}»");
                if (!petition.DependencyKnown)
                    unknown.Add($"dependencia «{petition.DependencyName}»");
            }
            progress?.Report(read);
            staging.Complete();
        }

        cancellation.ThrowIfCancellationRequested();
        var parameters = new { run = runId, entity = entityId, source = profile.Source, now = DateTime.UtcNow };
        var counts = connection.QuerySingle<(long? Inserted, long? Updated, long? Unchanged)>(
            warehouse.Sql(SqlScripts.Statements("etl/classify_staged.sql")[0]), parameters, transaction);
        foreach (var statement in SqlScripts.Statements("etl/merge_petitions.sql"))
            connection.Execute(warehouse.Sql(statement), parameters, transaction, commandTimeout: 0);
        Quarantine.Replace(warehouse, connection, transaction, runId, profile.Source, table.FileName, options.FileSha256, quarantine);

        var summary = new LoadSummary(runId, profile.Source, table.FileName, read,
            counts.Inserted ?? 0, counts.Updated ?? 0, counts.Unchanged ?? 0, quarantine.Count, disagreements,
            statuses.ToDictionary(), Quarantine.ReasonsOf(quarantine), unknown.ToList(), table.Notices);
        if (summary.Inserted + summary.Updated + summary.Unchanged + summary.Quarantined != read || summary.Inserted + summary.Updated + summary.Unchanged != staged)
            throw new EtlException($"Las cuentas de la carga no cuadran (leídas {read}, en cuarentena {quarantine.Count}, preparadas {staged}); no se guardó nada.");
        RunLog.Succeed(warehouse, connection, transaction, summary);
        beforeCommit?.Invoke(connection, transaction, runId);
        transaction.Commit();
        return summary;
    }

    /// <summary>A profile that names a column the file lacks is a file-level error, not a row-level one.</summary>
    private static void RequireMappedColumns(MappingProfile profile, SourceTable table)
    {
        var headers = table.Headers.Select(TextKey.Fold).ToHashSet(StringComparer.Ordinal);
        var missing = profile.Columns.Where(c => !headers.Contains(TextKey.Fold(c.Value))).ToList();
        if (missing.Count > 0)
            throw new EtlException(
                $"{table.FileName}: el archivo no tiene la(s) columna(s) " +
                string.Join(", ", missing.Select(m => $"«{m.Value}» (para {m.Key})")) +
                $" que pide el perfil «{profile.Source}». Encabezados encontrados: {string.Join(", ", table.Headers)}.");
    }

    internal sealed record QuarantinedRow(long Line, string? Column, string Reason, IReadOnlyDictionary<string, string?>? Cells)
    {
        public string? RowJson => Cells is null ? null : JsonSerializer.Serialize(Cells);
    }
}

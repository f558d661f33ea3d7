using System.Data.Common;
using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Surveys;

/// <summary>
/// One survey export through one survey profile into the warehouse, with the petitions' guarantees: every row loaded,
/// quarantined with its line, column and reason, or (never submitted) counted as incomplete; one transaction, so a
/// failed or killed load leaves the marts as they were; the same file twice changes nothing.
/// </summary>
public static class SurveyLoad
{
    public static LoadSummary Run(Warehouse warehouse, string profilePath, string filePath, FileLoadOptions options,
        IProgress<long>? progress = null, CancellationToken cancellation = default) =>
        Run(warehouse, SurveyProfiles.Load(profilePath), filePath, options, progress, cancellation);

    public static LoadSummary Run(Warehouse warehouse, SurveyProfile profile, string filePath, FileLoadOptions options,
        IProgress<long>? progress = null, CancellationToken cancellation = default)
    {
        var table = SourceFiles.Open(filePath, SurveyProfiles.ReadingProfile(profile));
        var sha256 = SourceFiles.Sha256Of(filePath);
        var loadOptions = new LoadOptions(options.CutOff, options.Today, BusinessCalendar.National, sha256);
        return LoadRun.Record(warehouse, profile.Source, table.FileName, loadOptions, (connection, runId) =>
        {
            RequireColumns(profile, table);
            var read = Read(profile, table, progress, cancellation);
            using var transaction = connection.BeginTransaction();
            var counts = SurveyFacts.Merge(warehouse, connection, transaction, runId, profile, read.Responses, cancellation);
            var summary = new LoadSummary(runId, profile.Source, table.FileName, read.Responses.Count + read.Quarantine.Count,
                counts.Inserted, counts.Updated, counts.Unchanged, read.Quarantine.Count, 0,
                new Dictionary<Core.Terms.PetitionStatus, long>(), Quarantine.ReasonsOf(read.Quarantine),
                [.. read.Unknown], Notices(table, profile))
            { Incomplete = read.Incomplete, Warning = QuarantineWarning.Of(read.Quarantine, read.Responses.Count + read.Quarantine.Count, options.QuarantineShare) };
            LoadRun.Succeed(warehouse, connection, transaction, summary, sha256, read.Quarantine);
            transaction.Commit();
            return summary;
        });
    }

    internal sealed record ReadFile(List<SurveyResponse> Responses, List<QuarantinedRow> Quarantine, long Incomplete, IReadOnlyList<string> Unknown);

    private static ReadFile Read(SurveyProfile profile, SourceTable table, IProgress<long>? progress, CancellationToken cancellation)
    {
        var mapping = new SurveyMapping(profile);
        var responses = new List<SurveyResponse>();
        var quarantine = new List<QuarantinedRow>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        long incomplete = 0, count = 0;
        foreach (var record in table.Records)
        {
            cancellation.ThrowIfCancellationRequested();
            if (++count % 1000 == 0)
                progress?.Report(count);
            if (!record.IsReadable)
            {
                quarantine.Add(new QuarantinedRow(record.Line, record.Problem.Column, record.Problem.Kind, record.Problem.Reason, null, record.Problem.SwallowsRest));
                continue;
            }
            var row = mapping.Map(record.Row);
            if (row.Incomplete)
                incomplete++;
            else if (row.Rejection is { } rejection)
                quarantine.Add(new QuarantinedRow(rejection.Line, rejection.Column, rejection.Kind, rejection.Reason, mapping.QuarantineCells(record.Row)));
            else if (seen.TryGetValue(row.Response!.Key, out var firstLine))
                quarantine.Add(new QuarantinedRow(record.Line, profile.Columns.GetValueOrDefault(SurveyFields.Respuesta), QuarantineReason.RepeatedResponse,
                    $"la respuesta «{row.Response.Key[3..]}» ya apareció en la línea {firstLine}; se cargó la primera", mapping.QuarantineCells(record.Row)));
            else
            {
                seen.Add(row.Response.Key, record.Line);
                responses.Add(row.Response);
            }
        }
        progress?.Report(count);
        return new ReadFile(responses, quarantine, incomplete, [.. mapping.Unknown]);
    }

    /// <summary>A profile that names a column the file lacks is a file-level error, not a row-level one.</summary>
    private static void RequireColumns(SurveyProfile profile, SourceTable table)
    {
        var headers = table.Headers.Select(TextKey.Fold).ToHashSet(StringComparer.Ordinal);
        var wanted = profile.Columns.Select(c => (c.Value, c.Key))
            .Concat(profile.Questions.Select(q => (q.Column, $"pregunta {q.Code}")))
            .Concat(profile.CommentColumns.Select(c => (c, "comentarios")));
        var missing = wanted.Where(w => !headers.Contains(TextKey.Fold(w.Item1))).ToList();
        if (missing.Count > 0)
            throw new EtlException(
                $"{table.FileName}: el archivo no tiene la(s) columna(s) " +
                string.Join(", ", missing.Select(m => $"«{m.Item1}» (para {m.Item2})")) +
                $" que pide el perfil «{profile.Source}». Encabezados encontrados: {string.Join(", ", table.Headers)}.");
    }

    // The reader notes personal-data columns the file lacks; the ones added for every survey are only a precaution.
    private static IReadOnlyList<string> Notices(SourceTable table, SurveyProfile profile) =>
        table.Notices.Where(n => !SurveyProfiles.KnownPersonalColumns.Any(k => n.Contains($"\"{k}\"", StringComparison.Ordinal)
                                                                            && !profile.PersonalDataColumns.Any(p => Sources.HeaderText.SameHeader(p, k))))
            .ToList();
}

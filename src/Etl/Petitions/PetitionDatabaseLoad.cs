using System.Security.Cryptography;
using System.Text;
using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Profiles;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Petitions;

/// <summary>
/// One incremental pull from a source system's PostgreSQL database ("formato": "postgres"): reads the rows
/// above the stored watermark, loads them like a file's, and stores the new watermark in the same transaction,
/// so a failed pull is simply repeated next time.
/// </summary>
public static class PetitionDatabaseLoad
{
    public static LoadSummary Run(Warehouse warehouse, MappingProfile profile, FileLoadOptions options,
        IProgress<long>? progress = null, CancellationToken cancellation = default)
    {
        var from = StoredWatermark(warehouse, profile);
        var pull = PostgresSource.Open(profile, from, options.PetitionerSalt);
        var calendar = PetitionFileLoad.CalendarOf(profile, options.NonWorkingDaysDirectory);
        // The run log's "file hash" identifies the pull: the query and where it resumed.
        var identity = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{profile.Query}\u001f{from?.Text}")));
        return PetitionLoad.Run(warehouse, profile, pull.AsTable(), new LoadOptions(options.CutOff, options.Today, calendar, identity),
            progress, cancellation, (connection, transaction, runId) =>
            {
                if (pull.Highest is not { } highest)
                    return;
                connection.Execute(warehouse.Sql("DELETE FROM etl_watermark WHERE source = @source"), new { source = profile.Source }, transaction);
                connection.Execute(warehouse.Sql("""
                    INSERT INTO etl_watermark (source, column_name, value_text, value_type, run_id, updated_at)
                    VALUES (@source, @column, @text, @kind, @runId, @now)
                    """), new { source = profile.Source, column = highest.Column, text = highest.Text, kind = highest.Kind, runId, now = DateTime.UtcNow },
                    transaction);
            });
    }

    private static Watermark? StoredWatermark(Warehouse warehouse, MappingProfile profile)
    {
        if (profile.Watermark is null)
            return null;
        using var connection = warehouse.OpenConnection();
        var stored = connection.QuerySingleOrDefault<(string Column, string Text, string Kind)?>(
            warehouse.Sql("SELECT column_name, value_text, value_type FROM etl_watermark WHERE source = @source"), new { source = profile.Source });
        // A profile whose watermark column changed starts over rather than compare different columns.
        return stored is { } s && s.Column == profile.Watermark ? new Watermark(s.Column, s.Text, s.Kind) : null;
    }
}

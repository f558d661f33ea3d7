using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Core.Paac;
using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Paac;

/// <summary>
/// Loads a PAAC/PTEP workbook (or an OCI follow-up file) into <c>fct_paac_activity</c> and <c>fct_paac_followup</c>.
/// Every activity row is inserted, updated, left unchanged or quarantined with its sheet, line, column and reason;
/// the whole load is one transaction, so a failed or killed load leaves the marts as they were.
/// </summary>
public static class PaacLoad
{
    /// <summary>Reads <paramref name="path"/> through the profile and loads it; <paramref name="today"/> is the run's date.</summary>
    public static LoadSummary Run(Warehouse warehouse, PaacProfile profile, string path, DateOnly today, CancellationToken cancellation = default)
    {
        var table = PaacWorkbook.Read(path, profile);
        var sha256 = SourceFiles.Sha256Of(path);
        return Run(warehouse, profile, table, sha256, today, cancellation);
    }

    public static LoadSummary Run(Warehouse warehouse, PaacProfile profile, PaacTable table, string fileSha256, DateOnly today,
        CancellationToken cancellation = default)
    {
        var options = new LoadOptions(profile.CutOff ?? today, today, BusinessCalendar.National, fileSha256);
        return LoadRun.Record(warehouse, profile.Source, table.FileName, options, (connection, runId) =>
        {
            using var transaction = connection.BeginTransaction();
            var writer = new Writer(warehouse, connection, transaction, profile, table, runId);
            foreach (var row in table.Rows)
            {
                cancellation.ThrowIfCancellationRequested();
                writer.Load(row);
            }
            var summary = new LoadSummary(runId, profile.Source, table.FileName, table.Rows.Count, writer.Inserted, writer.Updated,
                writer.Unchanged, writer.Quarantined.Count, 0, new Dictionary<PetitionStatus, long>(),
                Quarantine.ReasonsOf(writer.Quarantined), [], [$"{PaacProfiles.PlanCode(profile.Plan)} vigencia {table.Vigencia}.", .. table.Notices, .. writer.Notices]);
            if (summary.Inserted + summary.Updated + summary.Unchanged + summary.Quarantined != summary.Read)
                throw new EtlException($"Las cuentas de la carga no cuadran (leídas {summary.Read}); no se guardó nada.");
            LoadRun.Succeed(warehouse, connection, transaction, summary, fileSha256, writer.Quarantined);
            transaction.Commit();
            return summary;
        });
    }

    private sealed class ActivityRow
    {
        public long Id { get; set; }
        public string Hash { get; set; } = "";
    }

    private sealed class FollowUpRow
    {
        public decimal? Progress { get; set; }
        public string? Observations { get; set; }
    }

    /// <summary>One load's writes, row by row (plans have hundreds of rows, not millions).</summary>
    private sealed class Writer(Warehouse warehouse, DbConnection connection, DbTransaction transaction, PaacProfile profile, PaacTable table, long runId)
    {
        private readonly PaacLoadedPlan _plan = new(Entities.Ensure(warehouse, connection, transaction, profile.Entity),
            PaacProfiles.PlanCode(profile.Plan)!, table.Vigencia, profile.Source, table.FileName, runId);
        private Dependencies? _dependencies;
        private readonly Dictionary<string, double> _words = (profile.Values.GetValueOrDefault(PaacFields.Progress) ?? new Dictionary<string, double>())
            .ToDictionary(w => TextKey.Fold(w.Key), w => w.Value);
        private readonly Dictionary<string, string> _aliases = profile.DependencyAliases.ToDictionary(a => TextKey.Fold(a.Key), a => a.Value.Trim());
        private readonly Members<string> _components = new(warehouse, connection, transaction,
            "SELECT component_id FROM dim_paac_component WHERE entity_id = @entity AND plan_code = @plan AND name_key = @key",
            "INSERT INTO dim_paac_component (entity_id, plan_code, number, name, name_key) VALUES (@entity, @plan, @number, @name, @key) RETURNING component_id");
        private readonly Members<(int, string)> _subcomponents = new(warehouse, connection, transaction,
            "SELECT subcomponent_id FROM dim_paac_subcomponent WHERE component_id = @component AND name_key = @key",
            "INSERT INTO dim_paac_subcomponent (component_id, name, name_key) VALUES (@component, @name, @key) RETURNING subcomponent_id");
        private readonly Dictionary<(string, string), long> _seen = new();
        private int _undated;

        public long Inserted { get; private set; }
        public long Updated { get; private set; }
        public long Unchanged { get; private set; }
        public List<Etl.Load.QuarantinedRow> Quarantined { get; } = [];

        public IEnumerable<string> Notices => _undated == 0 ? [] :
            [$"{_undated} fecha(s) programada(s) en blanco o sin una fecha reconocible se tomaron como el 31 de diciembre de {table.Vigencia}."];

        public void Load(PaacRow row)
        {
            var progress = new List<(FollowUpCell Cell, double? Value)>();
            foreach (var cell in row.FollowUps)
            {
                if (!Progress.TryParse(cell.ProgressText, cell.PercentCell, _words, out var value, out var problem))
                {
                    Quarantine(row, cell.Column, QuarantineReason.InvalidProgress, problem!);
                    return;
                }
                progress.Add((cell, value));
            }
            if (row.Number is null)
            {
                Quarantine(row, profile.Columns.GetValueOrDefault(PaacFields.ActivityId), QuarantineReason.ActivityWithoutNumber, "la actividad no tiene número (ni en su columna ni al inicio de su texto)");
                return;
            }
            if (profile.IsFollowUpOnly)
            {
                FollowUpOnly(row, progress);
                return;
            }
            if (row.Component is null)
            {
                Quarantine(row, profile.Columns.GetValueOrDefault(PaacFields.Component), QuarantineReason.UnknownComponent,
                    $"no se reconoce el componente del plan ({ComponentHint()})");
                return;
            }
            var identity = (TextKey.Fold(row.Component.Name), row.Number);
            if (_seen.TryGetValue(identity, out var firstLine))
            {
                Quarantine(row, profile.Columns.GetValueOrDefault(PaacFields.ActivityId), QuarantineReason.RepeatedActivity,
                    $"la actividad «{row.Number}» del componente «{row.Component.Name}» está repetida (ya en la fila {firstLine})");
                return;
            }
            _seen[identity] = row.Line;

            var component = Component(row.Component);
            var subcomponent = row.Subcomponent is { } s ? Subcomponent(component, s) : (int?)null;
            var dependency = row.Responsible is { } r ? Dependency(r) : (int?)null;
            var scheduled = ScheduledDate.Parse(row.ScheduledText, table.Vigencia);
            if (!scheduled.Understood)
                _undated++;
            var hash = Hash(row.Component.Name, row.Subcomponent, row.Activity, row.Goal, row.Responsible, row.ScheduledText);

            var existing = connection.QuerySingleOrDefault<ActivityRow>(warehouse.Sql("""
                SELECT activity_id AS Id, row_hash AS Hash FROM fct_paac_activity
                WHERE entity_id = @entity AND plan_code = @plan AND vigencia = @vigencia AND component_id = @component AND activity_number = @number
                """), new { entity = _plan.Entity, plan = _plan.Code, vigencia = table.Vigencia, component, number = row.Number }, transaction);
            var activity = new PaacActivity(existing?.Id ?? 0, _plan, component, subcomponent, dependency, row, scheduled, hash);
            long id;
            var changed = false;
            if (existing is null)
                id = PaacTables.NewActivity.InsertReturning(warehouse, connection, transaction, activity, "activity_id");
            else
            {
                id = existing.Id;
                if (existing.Hash != hash)
                {
                    PaacTables.Activity.Update(warehouse, connection, transaction, activity);
                    changed = true;
                }
            }
            foreach (var (cell, value) in progress)
                changed |= FollowUp(id, cell, value);

            if (existing is null)
                Inserted++;
            else if (changed)
                Updated++;
            else
                Unchanged++;
        }

        private void FollowUpOnly(PaacRow row, List<(FollowUpCell Cell, double? Value)> progress)
        {
            var matches = connection.Query<long>(warehouse.Sql("""
                SELECT a.activity_id FROM fct_paac_activity a
                JOIN dim_paac_component c ON c.component_id = a.component_id
                WHERE a.entity_id = @entity AND a.plan_code = @plan AND a.vigencia = @vigencia AND a.activity_number = @number
                  AND (@component IS NULL OR c.name_key = @component)
                """), new { entity = _plan.Entity, plan = _plan.Code, vigencia = table.Vigencia, number = row.Number,
                component = row.Component is { } c ? TextKey.Fold(c.Name) : null }, transaction).ToList();
            if (matches.Count != 1)
            {
                Quarantine(row, profile.Columns.GetValueOrDefault(PaacFields.ActivityId), QuarantineReason.ActivityNotInPlan, matches.Count == 0
                    ? $"la actividad «{row.Number}» no está en el {_plan.Code} {table.Vigencia} cargado (cargue primero el plan)"
                    : $"la actividad «{row.Number}» está en varios componentes del {_plan.Code} {table.Vigencia}; agregue al archivo la columna del componente");
                return;
            }
            var changed = false;
            foreach (var (cell, value) in progress)
                changed |= FollowUp(matches[0], cell, value);
            if (changed)
                Updated++;
            else
                Unchanged++;
        }

        /// <summary>Writes one cut-off's progress; true when it changed what the warehouse had.</summary>
        private bool FollowUp(long activity, FollowUpCell cell, double? value)
        {
            if (value is null && cell.Observations is null)
                return false;   // no report at this cut-off in this file: what an earlier file reported stands
            var progress = value is { } v ? (decimal?)Math.Round((decimal)v, 3) : null;
            var existing = connection.QuerySingleOrDefault<FollowUpRow>(warehouse.Sql("""
                SELECT progress AS Progress, observations AS Observations FROM fct_paac_followup
                WHERE activity_id = @activity AND cut_off = @cutOff
                """), new { activity, cutOff = cell.CutOff }, transaction);
            var followUp = new PaacFollowUp(activity, cell.CutOff, progress, cell.Observations, runId);
            if (existing is null)
            {
                PaacTables.FollowUp.Insert(warehouse, connection, transaction, [followUp]);
                return true;
            }
            if (existing.Progress == progress && existing.Observations == cell.Observations)
                return false;
            PaacTables.FollowUp.Update(warehouse, connection, transaction, followUp);
            return true;
        }

        private int Component(PaacComponent component)
        {
            var key = TextKey.Fold(component.Name);
            return _components.Id(key, new { entity = _plan.Entity, plan = _plan.Code, number = (short?)component.Number, name = component.Name, key });
        }

        private int Subcomponent(int component, string name)
        {
            var key = TextKey.Fold(name);
            return _subcomponents.Id((component, key), new { component, name = name.Trim(), key });
        }

        /// <summary>The responsable as a dependency of the entity, after the profile's aliases (shared with petitions).</summary>
        private int Dependency(string responsible) =>
            (_dependencies ??= new(warehouse, connection, transaction, _plan.Entity)).Id(_aliases.GetValueOrDefault(TextKey.Fold(responsible)) ?? responsible.Trim());

        private string ComponentHint() => TextKey.Fold(profile.ComponentFrom) switch
        {
            PaacComponentSource.Sheet => "el nombre de la hoja no lo nombra",
            PaacComponentSource.Column => "la columna del componente no nombra uno de los del plan",
            _ => "ningún título sobre el encabezado dice «Componente N» o su nombre",
        };

        private void Quarantine(PaacRow row, string? column, QuarantineReason kind, string reason) =>
            Quarantined.Add(new Etl.Load.QuarantinedRow(row.Line, column, kind, $"hoja «{row.Sheet}»: {reason}", row.Cells));

        private static string Hash(params string?[] parts) =>
            Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts.Select(p => p ?? "\u0000")))));
    }
}

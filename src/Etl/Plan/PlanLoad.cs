using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Etl.Plan;

/// <summary>
/// Loads one plan workbook (or a follow-up file) into <c>dim_plan_goal</c> and <c>fct_plan_value</c>. A goal is
/// identified by entity, cuatrienio and goal id: a later workbook with more executed quarters updates it, the same file
/// twice changes nothing. Each mapped period's value replaces the stored one; periods the profile does not map are
/// kept (a follow-up file of the third quarter leaves the others as they were). Every row is loaded or quarantined
/// with its reason, in one transaction: a load that fails leaves the marts as they were.
/// </summary>
public static class PlanLoad
{
    public static LoadSummary Run(Warehouse warehouse, string profilePath, string filePath, DateOnly cutOff, CancellationToken cancellation = default) =>
        Run(warehouse, PlanProfiles.Load(profilePath), filePath, cutOff, cancellation);

    public static LoadSummary Run(Warehouse warehouse, PlanProfile profile, string filePath, DateOnly cutOff, CancellationToken cancellation = default)
    {
        var sheet = PlanSheet.Open(filePath, profile);
        var mapping = new PlanGoalMapping(profile, sheet, filePath);
        var sha256 = SourceFiles.Sha256Of(filePath);
        var options = new LoadOptions(cutOff, IndicadoresServicio.Core.Calendar.ColombianTime.Today(), BusinessCalendar.National, sha256);

        return LoadRun.Record(warehouse, profile.Source, sheet.FileName, options, (connection, runId) =>
        {
            using var transaction = connection.BeginTransaction();
            var writer = new Writer(warehouse, connection, transaction, profile, runId);
            var quarantine = new List<QuarantinedRow>();
            long inserted = 0, updated = 0, unchanged = 0;
            foreach (var row in sheet.Rows)
            {
                cancellation.ThrowIfCancellationRequested();
                var (goal, rejection) = mapping.Map(row);
                if (rejection is not null)
                {
                    quarantine.Add(new QuarantinedRow(rejection.Line, rejection.Column, rejection.Kind, rejection.Reason, CellsOf(sheet, row)));
                    continue;
                }
                switch (writer.Write(goal!, mapping))
                {
                    case Outcome.Inserted: inserted++; break;
                    case Outcome.Updated: updated++; break;
                    case Outcome.Unchanged: unchanged++; break;
                    default:
                        quarantine.Add(new QuarantinedRow(row.Line, profile.ColumnOf(PlanFields.MetaId), QuarantineReason.GoalNotInPlan,
                            $"la meta «{goal!.Code}» no está en el plan cargado de {profile.Entity} para el cuatrienio {profile.FirstYear}-{profile.LastYear}; cargue primero el plan indicativo",
                            CellsOf(sheet, row)));
                        break;
                }
            }
            var summary = new LoadSummary(runId, profile.Source, sheet.FileName, sheet.Rows.Count, inserted, updated, unchanged,
                quarantine.Count, 0, new Dictionary<Core.Terms.PetitionStatus, long>(), Quarantine.ReasonsOf(quarantine),
                writer.UnknownDependencies, [.. sheet.Notices, .. mapping.Notices]);
            LoadRun.Succeed(warehouse, connection, transaction, summary, sha256, quarantine);
            transaction.Commit();
            return summary;
        }, e => new EtlException($"La carga del plan {sheet.FileName} falló y no se guardó nada de ella: {e.Message}", e));
    }

    /// <summary>The load's summary as the clerk reads it.</summary>
    public static string Report(LoadSummary s)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.GetCultureInfo("es-CO"), $"Carga {s.RunId} del plan «{s.Source}» ({s.FileName})");
        text.AppendLine(CultureInfo.GetCultureInfo("es-CO"),
            $"  {s.Read:N0} filas de metas: {s.Inserted:N0} nuevas, {s.Updated:N0} actualizadas, {s.Unchanged:N0} sin cambios, {s.Quarantined:N0} en cuarentena.");
        foreach (var notice in s.Notices)
            text.AppendLine(CultureInfo.GetCultureInfo("es-CO"), $"  Nota: {notice}");
        if (s.Quarantined > 0)
        {
            text.AppendLine("  Motivos de cuarentena:");
            foreach (var (reason, count) in s.QuarantineReasons)
                text.AppendLine(CultureInfo.GetCultureInfo("es-CO"), $"    {count,8}  {reason}");
            text.AppendLine(CultureInfo.GetCultureInfo("es-CO"), $"  Detalle por línea y columna: ./indicadores consultar \"select line, column_name, reason from etl_quarantine where run_id = {s.RunId} order by line\"");
        }
        if (s.UnknownValues.Count > 0)
            text.AppendLine(CultureInfo.GetCultureInfo("es-CO"), $"  Responsables que ningún alias reconoce (se cargaron y quedan marcados): {string.Join(", ", s.UnknownValues.Take(20))}");
        return text.ToString();
    }

    private static Dictionary<string, string?> CellsOf(PlanSheet sheet, PlanSheetRow row)
    {
        var cells = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < sheet.Headers.Count && i < row.Cells.Count; i++)
            if (row.Cells[i] is { } value)
                cells[TextKey.Tidy(sheet.Headers[i])] = value;
        return cells;
    }

    private enum Outcome { Inserted, Updated, Unchanged, UnknownGoal }

    /// <summary>Writes goals of one load: dimension members found or created once, each goal compared with what is stored.</summary>
    private sealed class Writer
    {
        private readonly Warehouse _warehouse;
        private readonly DbConnection _connection;
        private readonly DbTransaction _transaction;
        private readonly PlanProfile _profile;
        private readonly long _runId;
        private readonly int _entity;
        private readonly Dictionary<string, Stored> _stored;
        private readonly Members<(string Kind, string Key)> _groups;
        private readonly Dependencies _dependencies;
        private readonly SortedSet<string> _unknown = new(StringComparer.Ordinal);

        public Writer(Warehouse warehouse, DbConnection connection, DbTransaction transaction, PlanProfile profile, long runId)
        {
            (_warehouse, _connection, _transaction, _profile, _runId) = (warehouse, connection, transaction, profile, runId);
            _entity = Entities.Ensure(warehouse, connection, transaction, profile.Entity);
            var parameters = new { entity = _entity, first = profile.FirstYear };
            _stored = connection.Query<(int GoalId, string Key, string Hash)>(warehouse.Sql(
                    "SELECT goal_id, goal_key, row_hash FROM dim_plan_goal WHERE entity_id = @entity AND first_year = @first"), parameters, transaction)
                .ToDictionary(g => g.Key, g => new Stored(g.GoalId, g.Hash, new Dictionary<PlanPeriod, PeriodValues>()), StringComparer.Ordinal);
            var byId = _stored.Values.ToDictionary(s => s.GoalId);
            foreach (var v in connection.Query<(int GoalId, int Year, int Quarter, double? Programmed, double? Achieved)>(warehouse.Sql("""
                    SELECT v.goal_id, CAST(v.year AS INTEGER), CAST(v.quarter AS INTEGER), v.programmed, v.achieved
                    FROM fct_plan_value v JOIN dim_plan_goal g ON g.goal_id = v.goal_id
                    WHERE g.entity_id = @entity AND g.first_year = @first
                    """), parameters, transaction))
                byId[v.GoalId].Values[new PlanPeriod(v.Year, v.Quarter)] = new PeriodValues(v.Programmed, v.Achieved);
            _groups = new(warehouse, connection, transaction,
                "SELECT group_id FROM dim_plan_group WHERE entity_id = @entity AND kind = @kind AND name_key = @key",
                "INSERT INTO dim_plan_group (entity_id, kind, name, name_key) VALUES (@entity, @kind, @name, @key) RETURNING group_id");
            _dependencies = new(warehouse, connection, transaction, _entity);
        }

        public IReadOnlyList<string> UnknownDependencies => _unknown.ToList();

        public Outcome Write(PlanGoal goal, PlanGoalMapping mapping)
        {
            var key = TextKey.Fold(goal.Code);
            var existing = _stored.GetValueOrDefault(key);
            if (existing is null && _profile.IsFollowUp)
                return Outcome.UnknownGoal;
            var values = Merge(existing?.Values ?? new Dictionary<PlanPeriod, PeriodValues>(), goal.Values);
            var hash = _profile.IsFollowUp ? existing!.Hash : HashOf(goal);
            if (existing is not null && existing.Hash == hash && SameValues(existing.Values, values))
                return Outcome.Unchanged;

            int goalId;
            if (existing is null)
            {
                goalId = (int)PlanTables.NewGoal.InsertReturning(_warehouse, _connection, _transaction, Row(0, goal, key, hash), "goal_id");
                _stored[key] = new Stored(goalId, hash, values);
            }
            else
            {
                goalId = existing.GoalId;
                if (_profile.IsFollowUp)
                    _connection.Execute(_warehouse.Sql("UPDATE dim_plan_goal SET last_run_id = @run WHERE goal_id = @goalId"),
                        new { run = _runId, goalId }, _transaction);
                else
                    PlanTables.Goal.Update(_warehouse, _connection, _transaction, Row(goalId, goal, key, hash));
                _connection.Execute(_warehouse.Sql("DELETE FROM fct_plan_value WHERE goal_id = @goalId"), new { goalId }, _transaction);
                _stored[key] = existing with { Hash = hash, Values = values };
            }
            PlanTables.Value.Insert(_warehouse, _connection, _transaction,
                values.OrderBy(v => v.Key.Year).ThenBy(v => v.Key.Quarter).Select(v => new PlanValueRow(goalId, v.Key, v.Value)));
            return existing is null ? Outcome.Inserted : Outcome.Updated;
        }

        // The dimension members are found or created in this order (lines, sectors, programs, then the dependency), as always.
        private PlanGoalRow Row(int goalId, PlanGoal goal, string key, string hash)
        {
            var line = Group("linea", goal.StrategicLine);
            var sector = Group("sector", goal.Sector);
            var program = Group("programa", goal.Program);
            return new PlanGoalRow(goalId, _entity, _profile, goal, key, line, sector, program, Dependency(goal.Dependency), hash, _runId);
        }

        private int? Group(string kind, string? name)
        {
            if (name is null)
                return null;
            var key = TextKey.Fold(name);
            return _groups.Id((kind, key), new { entity = _entity, kind, name, key });
        }

        private int Dependency(DependencyNames.Named named)
        {
            if (!named.Known)
                _unknown.Add(named.Name);
            return _dependencies.Id(named.Name, named.Known);
        }

        /// <summary>
        /// The stored values with the file's periods written over them: a mapped period takes the file's value (a blank
        /// clears it), and mapping a year's quarters clears a whole-year value of that year, and the other way round.
        /// </summary>
        private Dictionary<PlanPeriod, PeriodValues> Merge(IReadOnlyDictionary<PlanPeriod, PeriodValues> stored, IReadOnlyDictionary<PlanPeriod, PeriodValues> read)
        {
            var programmed = MappedPeriods(_profile.Programmed);
            var achieved = MappedPeriods(_profile.Achieved);
            var merged = new Dictionary<PlanPeriod, PeriodValues>();
            foreach (var period in stored.Keys.Concat(read.Keys).Distinct())
            {
                var before = stored.GetValueOrDefault(period);
                var now = read.GetValueOrDefault(period);
                var value = new PeriodValues(
                    Covers(programmed, period) ? now.Programmed : before.Programmed,
                    Covers(achieved, period) ? now.Achieved : before.Achieved);
                if (value.Programmed is not null || value.Achieved is not null)
                    merged[period] = value;
            }
            return merged;
        }

        private static HashSet<PlanPeriod> MappedPeriods(IReadOnlyDictionary<string, string> map)
        {
            var periods = map.Keys.Select(k => PlanPeriod.TryParse(k, out var p) ? p : (PlanPeriod?)null).OfType<PlanPeriod>().ToHashSet();
            // A year with quarters mapped counts its quarters only.
            periods.RemoveWhere(p => p.IsYear && periods.Any(q => !q.IsYear && q.Year == p.Year));
            return periods;
        }

        /// <summary>Whether the file decides this period: it maps it, or maps the same year at another grain.</summary>
        private static bool Covers(HashSet<PlanPeriod> mapped, PlanPeriod period) =>
            mapped.Contains(period) || mapped.Any(m => m.Year == period.Year && m.IsYear != period.IsYear);

        private static bool SameValues(IReadOnlyDictionary<PlanPeriod, PeriodValues> a, IReadOnlyDictionary<PlanPeriod, PeriodValues> b) =>
            a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var other) && other == kv.Value);

        private static string HashOf(PlanGoal g)
        {
            var text = string.Join('\u001f', g.Code, g.StrategicLine, g.Sector, g.Program, g.Text, g.Indicator, g.Unit,
                N(g.Baseline), N(g.FourYearTarget), g.Accumulation, g.Dependency.Name, g.Dependency.Known, N(g.Weight));
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        }

        private static string N(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";

        private sealed record Stored(int GoalId, string Hash, Dictionary<PlanPeriod, PeriodValues> Values);
    }
}

using IndicadoresServicio.Etl.Load;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Etl.Transform;
using IndicadoresServicio.Indicators.Plan;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Etl.Plan;

/// <summary>
/// Turns the rows of a plan workbook into <see cref="PlanGoal"/>s through a plan profile, or says why a row cannot be
/// one (a <see cref="Rejection"/> naming line and column): no goal id (the totals row at the bottom), a number that is
/// none, an accumulation type nobody mapped, a goal id repeated in the file.
/// </summary>
public sealed class PlanGoalMapping
{
    private readonly PlanProfile _profile;
    private readonly PlanSheet _sheet;
    private readonly DependencyNames _dependencies;
    private readonly ValueMap _accumulation;
    private readonly Dictionary<string, int> _columns = new(StringComparer.Ordinal);
    private readonly List<(PlanPeriod Period, string Header, int Column)> _programmed;
    private readonly List<(PlanPeriod Period, string Header, int Column)> _achieved;
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);

    /// <summary>Checks the file has every column the profile names. Throws <see cref="SourceException"/> listing those missing.</summary>
    public PlanGoalMapping(PlanProfile profile, PlanSheet sheet, string path)
    {
        _profile = profile;
        _sheet = sheet;
        _dependencies = new DependencyNames(profile.DependencyAliases);
        _accumulation = new ValueMap(profile.Values.GetValueOrDefault(PlanFields.TipoAcumulacion));
        var missing = new List<string>();
        foreach (var field in PlanFields.All)
            if (profile.ColumnOf(field) is { } header)
            {
                var column = sheet.Find(header);
                if (column < 0)
                    missing.Add($"«{header}» (para {field})");
                _columns[field] = column;
            }
        _programmed = PeriodColumns(profile.Programmed, "programado", missing);
        _achieved = PeriodColumns(profile.Achieved, "ejecutado", missing);
        if (missing.Count > 0)
            throw new SourceException(path,
                $"{sheet.FileName}: el archivo no tiene la(s) columna(s) {string.Join(", ", missing)} que pide el perfil «{profile.Source}». " +
                $"Encabezados encontrados (fila {sheet.HeaderLine}): {string.Join(", ", sheet.Headers.Select(h => $"«{TextKey.Tidy(h)}»"))}.");
    }

    /// <summary>Years whose quarters are mapped, so a column for the whole year is not added on top of them.</summary>
    public IReadOnlyList<string> Notices
    {
        get
        {
            var notices = new List<string>();
            foreach (var (name, columns) in new[] { ("programado", _programmed), ("ejecutado", _achieved) })
                foreach (var year in YearsAlsoInQuarters(columns))
                    notices.Add($"\"{name}\" trae el año {year} y también sus trimestres: cuentan los trimestres (el año es su suma).");
            return notices;
        }
    }

    public MappingResult Map(PlanSheetRow row)
    {
        try
        {
            return new MappingResult(MapOrThrow(row), null);
        }
        catch (RejectedCell rejected)
        {
            return new MappingResult(null, new Rejection(row.Line, rejected.Column, rejected.Kind, rejected.Message));
        }
    }

    private PlanGoal MapOrThrow(PlanSheetRow row)
    {
        var idHeader = _profile.ColumnOf(PlanFields.MetaId)!;
        var code = Text(row, PlanFields.MetaId)
            ?? throw new RejectedCell(idHeader, QuarantineReason.GoalWithoutCode, Totals(row)
                ? "la fila no tiene código de meta: parece una fila de totales o subtotales"
                : "la fila no tiene código de meta");
        if (code.Length > 100)
            throw new RejectedCell(idHeader, QuarantineReason.GoalCodeTooLong, $"el código de meta tiene {code.Length} caracteres: la columna no parece de códigos");
        if (_seen.TryGetValue(TextKey.Fold(code), out var first))
            throw new RejectedCell(idHeader, QuarantineReason.RepeatedGoal, $"la meta «{code}» ya apareció en la línea {first} de este archivo");
        _seen[TextKey.Fold(code)] = row.Line;

        var values = new Dictionary<PlanPeriod, PeriodValues>();
        foreach (var (period, header, column) in _programmed)
        {
            if (Skipped(_programmed, period))
                continue;
            var programmed = Number(row, column, header);
            // Not programmed: "NP", blank or 0 (the contract).
            if (programmed is > 0)
                values[period] = values.GetValueOrDefault(period) with { Programmed = programmed };
        }
        foreach (var (period, header, column) in _achieved)
        {
            if (Skipped(_achieved, period))
                continue;
            if (Number(row, column, header) is { } achieved)
                values[period] = values.GetValueOrDefault(period) with { Achieved = achieved };
        }

        if (_profile.IsFollowUp)
            return new PlanGoal(row.Line, code, null, null, null, null, null, null, null, null, AccumulationTypes.Suma,
                new DependencyNames.Named(DependencyNames.Missing, false), null, values);

        var text = Text(row, PlanFields.Meta) ?? throw new RejectedCell(_profile.ColumnOf(PlanFields.Meta)!, QuarantineReason.GoalWithoutText, $"la meta «{code}» no tiene texto");
        var weight = Number(row, PlanFields.Peso);
        if (weight < 0)
            throw new RejectedCell(_profile.ColumnOf(PlanFields.Peso)!, QuarantineReason.NegativeWeight, "el peso de la meta es negativo");
        return new PlanGoal(row.Line, code,
            Text(row, PlanFields.Linea), Text(row, PlanFields.Sector), Text(row, PlanFields.Programa), text,
            Text(row, PlanFields.Indicador), Text(row, PlanFields.Unidad),
            Number(row, PlanFields.LineaBase), Number(row, PlanFields.MetaCuatrienio),
            Accumulation(row), _dependencies.Of(Text(row, PlanFields.Responsable)), weight, values);
    }

    private string Accumulation(PlanSheetRow row)
    {
        var text = Text(row, PlanFields.TipoAcumulacion);
        if (text is null)
            return AccumulationTypes.Suma;
        var mapped = _accumulation.Find(text) ?? text;
        return AccumulationTypes.Find(mapped)
            ?? throw new RejectedCell(_profile.ColumnOf(PlanFields.TipoAcumulacion)!, QuarantineReason.UnknownAccumulation,
                $"el tipo de acumulación «{text}» no se reconoce; tradúzcalo en \"valores.tipo_acumulacion\" a uno de: {string.Join(", ", AccumulationTypes.All.Select(AccumulationTypes.SpanishName))}");
    }

    /// <summary>A row without goal id that carries numbers (or says "total") is the workbook's totals row.</summary>
    private bool Totals(PlanSheetRow row) =>
        row.Cells.Any(c => c is not null && TextKey.Fold(c).Contains("total", StringComparison.Ordinal))
        || _programmed.Concat(_achieved).Any(p => Cell(row, p.Column) is not null);

    private string? Text(PlanSheetRow row, string field) =>
        _columns.TryGetValue(field, out var column) && Cell(row, column) is { } text ? TextKey.Tidy(text) : null;

    private double? Number(PlanSheetRow row, string field) =>
        _columns.TryGetValue(field, out var column) ? Number(row, column, _profile.ColumnOf(field)!) : null;

    private static double? Number(PlanSheetRow row, int column, string header)
    {
        var text = Cell(row, column);
        if (!PlanNumbers.TryParse(text, out var value))
            throw new RejectedCell(header, QuarantineReason.NotANumber, $"«{TextKey.Tidy(text!)}» no es un número (escriba 12, 0,5, 50% o NP si no está programado)");
        return value;
    }

    private static string? Cell(PlanSheetRow row, int column) =>
        column >= 0 && column < row.Cells.Count && !string.IsNullOrWhiteSpace(row.Cells[column]) ? row.Cells[column] : null;

    private List<(PlanPeriod, string, int)> PeriodColumns(IReadOnlyDictionary<string, string> map, string key, List<string> missing)
    {
        var columns = new List<(PlanPeriod, string, int)>();
        foreach (var (text, header) in map)
        {
            if (!PlanPeriod.TryParse(text, out var period))
                continue;   // the profile's rules already refused it
            var column = _sheet.Find(header);
            if (column < 0)
                missing.Add($"«{header}» (para {key}.{text})");
            columns.Add((period, header, column));
        }
        return columns;
    }

    /// <summary>A whole-year column of a year whose quarters are mapped too: the quarters count.</summary>
    private static bool Skipped(List<(PlanPeriod Period, string, int)> columns, PlanPeriod period) =>
        period.IsYear && columns.Any(c => !c.Period.IsYear && c.Period.Year == period.Year);

    private static IEnumerable<int> YearsAlsoInQuarters(List<(PlanPeriod Period, string, int)> columns) =>
        columns.Where(c => Skipped(columns, c.Period)).Select(c => c.Period.Year).Distinct();

    public readonly record struct MappingResult(PlanGoal? Goal, Rejection? Rejection);

    private sealed class RejectedCell(string column, QuarantineReason kind, string reason) : Exception(reason)
    {
        public string Column { get; } = column;
        public QuarantineReason Kind { get; } = kind;
    }
}

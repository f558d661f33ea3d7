using System.Globalization;
using System.Text.RegularExpressions;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Core.Paac;
using IndicadoresServicio.Core.Text;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace IndicadoresServicio.Etl.Paac;

/// <summary>
/// Reads a PAAC/PTEP workbook as entities publish it: one sheet per component or a component column, title rows
/// above the header, merged cells (filled with their value), a one- or two-row header, and follow-up blocks per
/// cut-off. Plans are small (hundreds of rows), so each sheet is read whole.
/// </summary>
public static partial class PaacWorkbook
{
    private const int HeaderSearchRows = 30;

    public static PaacTable Read(string path, PaacProfile profile)
    {
        SourceFileChecks.RequireExisting(path);
        var file = Path.GetFileName(path);
        XlsxWorkbook.RequireWorkbook(path, file);
        var sheets = SheetNames(path, file, profile.Sheet);
        var notices = new List<string>();
        var rows = new List<PaacRow>();
        var separators = 0;
        int? vigencia = profile.Vigencia;
        var read = 0;
        foreach (var sheet in sheets)
        {
            var cells = Cells(path, file, sheet);
            if (Layout.Find(path, file, sheet, cells, profile) is not { } layout)
            {
                notices.Add($"Hoja \"{sheet}\" omitida: no tiene el encabezado del perfil.");
                continue;
            }
            read++;
            vigencia ??= VigenciaIn(cells.Take((int)layout.FirstRow - 1));
            var sheetComponent = SheetComponent(profile, sheet, cells.Take((int)layout.FirstRow - 1));
            var percent = PercentCells.Of(path, sheet);
            var (sheetRows, sheetSeparators) = layout.Rows(cells, sheet, sheetComponent, percent);
            rows.AddRange(sheetRows);
            separators += sheetSeparators;
            notices.Add($"Hoja \"{sheet}\": encabezado en la{(profile.HeaderRows == 2 ? "s filas" : " fila")} {layout.FirstRow}" +
                $"{(profile.HeaderRows == 2 ? $" y {layout.FirstRow + 1}" : "")}, {sheetRows.Count} actividad(es)" +
                (sheetComponent is { } c ? $", componente «{c.Name}»." : "."));
        }
        if (read == 0)
            throw new SourceException(path, profile.Sheet is null
                ? $"Ninguna hoja de '{file}' tiene el encabezado del perfil ({Anchor(profile)}) en sus primeras {HeaderSearchRows} filas. Revise \"columnas\" o indique \"fila_encabezado\"."
                : $"La hoja \"{profile.Sheet}\" de '{file}' no tiene el encabezado del perfil ({Anchor(profile)}).");
        if (vigencia is null)
            throw new SourceException(path,
                $"No se sabe de qué vigencia es '{file}': el perfil no dice \"vigencia\" y ningún título la nombra (\"VIGENCIA 2024\").");
        if (separators > 0)
            notices.Add($"{separators} fila(s) sin texto de actividad (separadores o títulos de sección) no se cargaron.");
        return new PaacTable(file, vigencia.Value, rows, separators, notices);
    }

    private static string Anchor(PaacProfile profile) =>
        $"«{profile.Columns.GetValueOrDefault(PaacFields.Activity) ?? profile.Columns[PaacFields.ActivityId]}»";

    private static IReadOnlyList<string> SheetNames(string path, string file, string? wanted)
    {
        if (wanted is not null)
            return [XlsxWorkbook.ChooseSheet(path, file, wanted)];
        try
        {
            return MiniExcel.GetSheetNames(path);
        }
        catch (Exception e)
        {
            throw new SourceException(path, $"No se pudo abrir el libro '{file}': el archivo parece dañado.", e);
        }
    }

    /// <summary>Every row of a sheet, merged cells filled with their value, as (row number, letter → cell).</summary>
    private static List<(long Number, IDictionary<string, object?> Cells)> Cells(string path, string file, string sheet)
    {
        try
        {
            var configuration = new OpenXmlConfiguration { FillMergedCells = true };
            return MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet, configuration: configuration)
                .Select((row, i) => ((long)i + 1, (IDictionary<string, object?>)row))
                .ToList();
        }
        catch (Exception e)
        {
            throw new SourceException(path, $"No se pudo leer la hoja \"{sheet}\" del libro '{file}': el archivo parece dañado.", e);
        }
    }

    private static PaacComponent? SheetComponent(PaacProfile profile, string sheet, IEnumerable<(long Number, IDictionary<string, object?> Cells)> titleRows)
    {
        var ptep = PaacProfiles.PlanCode(profile.Plan) == PaacComponents.Ptep;
        switch (TextKey.Fold(profile.ComponentFrom))
        {
            case PaacComponentSource.Sheet:
                return ptep ? PaacComponents.Named(sheet) : PaacComponents.Recognise(sheet);
            case PaacComponentSource.Title:
                // Nearest the header first; a title that says "componente" wins over one that only names a theme.
                var titles = titleRows.Reverse()
                    .SelectMany(r => r.Cells.OrderBy(c => XlsxWorkbook.ColumnNumber(c.Key)).Select(c => XlsxCellText.From(c.Value)))
                    .OfType<string>().Distinct().ToList();
                var ordered = titles.Where(t => TextKey.Fold(t).Contains("componente", StringComparison.Ordinal))
                    .Concat(titles.Where(t => !TextKey.Fold(t).Contains("componente", StringComparison.Ordinal)));
                foreach (var title in ordered)
                    if ((ptep ? (TextKey.Fold(title).Contains("componente", StringComparison.Ordinal) ? PaacComponents.Named(title) : null)
                            : PaacComponents.Recognise(title)) is { } component)
                        return component;
                return null;
            default:
                return null;
        }
    }

    private static int? VigenciaIn(IEnumerable<(long Number, IDictionary<string, object?> Cells)> titleRows)
    {
        foreach (var (_, cells) in titleRows)
            foreach (var text in cells.Values.Select(XlsxCellText.From).OfType<string>())
                if (VigenciaTitle().Match(TextKey.Fold(text)) is { Success: true } m)
                    return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return null;
    }

    [GeneratedRegex(@"\b(?:vigencia|ano)\s*(20\d{2})\b")]
    private static partial Regex VigenciaTitle();

    /// <summary>Where a sheet's header is and which column holds each field.</summary>
    private sealed class Layout
    {
        private readonly PaacProfile _profile;
        private readonly long _lastHeaderRow;
        private readonly Dictionary<string, string> _fieldColumns;   // field -> letter
        private readonly List<(FollowUpColumns FollowUp, string ProgressLetter, string? ObservationsLetter)> _followUps;
        private readonly IReadOnlyList<(string Letter, string Name)> _named;

        private Layout(PaacProfile profile, long firstRow, long lastHeaderRow, Dictionary<string, string> fieldColumns,
            List<(FollowUpColumns, string, string?)> followUps, IReadOnlyList<(string, string)> named)
        {
            _profile = profile;
            FirstRow = firstRow;
            _lastHeaderRow = lastHeaderRow;
            _fieldColumns = fieldColumns;
            _followUps = followUps;
            _named = named;
        }

        public long FirstRow { get; }

        public static Layout? Find(string path, string file, string sheet, List<(long Number, IDictionary<string, object?> Cells)> rows, PaacProfile profile)
        {
            var depth = profile.HeaderRows;
            var anchor = profile.Columns.GetValueOrDefault(PaacFields.Activity) ?? profile.Columns[PaacFields.ActivityId];
            List<long> candidates;
            if (profile.HeaderRow is { } wanted)
                candidates = [wanted];
            else
            {
                var found = rows.Take(HeaderSearchRows).FirstOrDefault(r => r.Cells.Values.Any(v => v is string t && HeaderText.SameHeader(t, anchor)));
                if (found.Cells is null)
                    return null;
                candidates = depth == 2 ? [found.Number, found.Number - 1] : [found.Number];
            }

            Layout? best = null;
            var bestScore = -1;
            foreach (var first in candidates.Where(c => c >= 1 && c + depth - 1 <= rows.Count))
            {
                var named = Names(rows, first, depth);
                var score = Wanted(profile).Count(h => named.Any(n => HeaderText.SameHeader(n.Name, h)));
                if (score > bestScore)
                    (best, bestScore) = (Build(path, file, sheet, profile, first, first + depth - 1, named), score);
            }
            return best;
        }

        private static IEnumerable<string> Wanted(PaacProfile profile) =>
            profile.Columns.Values.Concat(profile.FollowUps.SelectMany(f => new[] { f.Progress, f.Observations }.OfType<string>()));

        /// <summary>
        /// Column names: the lower header text, or the upper one where the lower is blank; repeats numbered
        /// "% de avance (2)", "% de avance (3)" as every dataset numbers them.
        /// </summary>
        private static IReadOnlyList<(string Letter, string Name)> Names(List<(long Number, IDictionary<string, object?> Cells)> rows, long first, int depth)
        {
            var block = rows.Skip((int)first - 1).Take(depth).Select(r => r.Cells).ToList();
            var letters = block.SelectMany(c => c.Where(kv => XlsxCellText.From(kv.Value) is not null).Select(kv => kv.Key))
                .Distinct().OrderBy(XlsxWorkbook.ColumnNumber).ToList();
            var texts = letters.Select(letter => block.AsEnumerable().Reverse()
                    .Select(c => c.TryGetValue(letter, out var v) ? XlsxCellText.From(v)?.Trim() : null)
                    .FirstOrDefault(t => t is not null) ?? "")
                .ToList();
            var numbered = RepeatedHeaders.Numbered(texts);
            return letters.Select((l, i) => (l, numbered[i])).ToList();
        }

        private static Layout Build(string path, string file, string sheet, PaacProfile profile, long first, long last,
            IReadOnlyList<(string Letter, string Name)> named)
        {
            string? Letter(string header) => named.FirstOrDefault(n => HeaderText.SameHeader(n.Name, header)).Letter;
            var missing = new List<string>();
            var fields = new Dictionary<string, string>();
            foreach (var (field, header) in profile.Columns)
            {
                if (field is PaacFields.Progress or PaacFields.Observations)
                    continue;
                if (Letter(header) is { } letter)
                    fields[field] = letter;
                else
                    missing.Add($"«{header}» (para {field})");
            }
            var followUps = new List<(FollowUpColumns, string, string?)>();
            foreach (var followUp in profile.AllFollowUps)
            {
                var progress = Letter(followUp.Progress);
                if (progress is null)
                    missing.Add($"«{followUp.Progress}» (avance al {followUp.CutOff:yyyy-MM-dd})");
                string? observations = null;
                if (followUp.Observations is { } o && (observations = Letter(o)) is null)
                    missing.Add($"«{o}» (observaciones al {followUp.CutOff:yyyy-MM-dd})");
                if (progress is not null)
                    followUps.Add((followUp, progress, observations));
            }
            if (missing.Count > 0)
                throw new SourceException(path,
                    $"La hoja \"{sheet}\" de '{file}' no tiene la(s) columna(s) {string.Join(", ", missing)} que pide el perfil «{profile.Source}». " +
                    $"Columnas encontradas (filas {first}{(last > first ? $" y {last}" : "")}): {string.Join(", ", named.Select(n => $"«{n.Name}»"))}.");
            return new Layout(profile, first, last, fields, followUps, named);
        }

        public (List<PaacRow> Rows, int Separators) Rows(List<(long Number, IDictionary<string, object?> Cells)> rows, string sheet,
            PaacComponent? sheetComponent, IReadOnlySet<string> percentCells)
        {
            var result = new List<PaacRow>();
            var separators = 0;
            var carried = new Dictionary<string, string?>();
            var ptep = PaacProfiles.PlanCode(_profile.Plan) == PaacComponents.Ptep;
            foreach (var (number, cells) in rows)
            {
                if (number <= _lastHeaderRow)
                    continue;
                string? Text(string? letter) => letter is not null && cells.TryGetValue(letter, out var v) ? XlsxCellText.From(v)?.Trim() : null;
                string? Field(string field) => Text(_fieldColumns.GetValueOrDefault(field));

                if (_named.All(n => Text(n.Letter) is null))
                    continue;   // an empty row
                var values = new Dictionary<string, string?>();
                foreach (var field in _fieldColumns.Keys)
                {
                    var value = Field(field);
                    if (value is null && PaacFields.CarriedDown.Contains(field))
                        value = carried.GetValueOrDefault(field);
                    else if (PaacFields.CarriedDown.Contains(field))
                        carried[field] = value;
                    values[field] = value;
                }

                var activity = values.GetValueOrDefault(PaacFields.Activity);
                var id = ActivityNumber.Normalise(values.GetValueOrDefault(PaacFields.ActivityId));
                if (activity is not null && id is null)
                    (id, activity) = ActivityNumber.Split(activity);
                var isSeparator = _profile.IsFollowUpOnly ? id is null : activity is null;
                if (isSeparator)
                {
                    separators++;
                    continue;
                }

                var component = sheetComponent;
                if (values.GetValueOrDefault(PaacFields.Component) is { } componentText)
                    component = ptep ? PaacComponents.Named(componentText) : PaacComponents.Recognise(componentText);

                var followUps = _followUps.Select(f => new FollowUpCell(
                        f.FollowUp.CutOff,
                        f.FollowUp.Progress,
                        Text(f.ProgressLetter),
                        percentCells.Contains(f.ProgressLetter + number.ToString(CultureInfo.InvariantCulture)),
                        Text(f.ObservationsLetter)))
                    .ToList();
                var shown = new Dictionary<string, string?>(values);
                foreach (var f in followUps)
                {
                    shown[f.Column] = f.ProgressText;
                    if (f.Observations is not null)
                        shown[$"observaciones {f.CutOff:yyyy-MM-dd}"] = f.Observations;
                }
                result.Add(new PaacRow(sheet, number, component, values.GetValueOrDefault(PaacFields.Subcomponent), id, activity,
                    values.GetValueOrDefault(PaacFields.Goal), values.GetValueOrDefault(PaacFields.Responsible),
                    values.GetValueOrDefault(PaacFields.ScheduledDate), followUps, shown));
            }
            return (result, separators);
        }
    }
}

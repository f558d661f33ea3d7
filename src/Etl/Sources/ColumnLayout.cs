using IndicadoresServicio.Etl.Profiles;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// Decides, once per file, what happens to each source column: kept, dropped as personal data, or
/// replaced by the petitioner hash. Every row then goes through <see cref="Read"/>, so no personal
/// value ever reaches a <see cref="RawRow"/> or a <see cref="SourceProblem"/>.
/// </summary>
internal sealed class ColumnLayout
{
    private const int Dropped = -1;
    private const char Replacement = '\uFFFD';

    private readonly string[] _sourceHeaders;
    private readonly int[] _targets;
    private readonly int _hashedColumn;
    private readonly string? _salt;

    private ColumnLayout(string[] sourceHeaders, int[] targets, int hashedColumn, string? salt, HeaderIndex output, List<string> notices)
    {
        _sourceHeaders = sourceHeaders;
        _targets = targets;
        _hashedColumn = hashedColumn;
        _salt = salt;
        Output = output;
        Notices = notices;
        DroppedColumns = Enumerable.Range(0, targets.Length).Where(i => targets[i] == Dropped).ToHashSet();
    }

    public HeaderIndex Output { get; }

    public int SourceCount => _sourceHeaders.Length;

    /// <summary>The source columns dropped as personal data: <see cref="Read"/> never looks at their values.</summary>
    public IReadOnlySet<int> DroppedColumns { get; }

    public IReadOnlyList<string> Notices { get; }

    /// <summary>Trims header cells and names blank ones by position, so a trailing delimiter does not break the file.</summary>
    public static string[] NameHeaders(IReadOnlyList<string?> cells) =>
        cells.Select((cell, i) => string.IsNullOrWhiteSpace(cell) ? $"(sin nombre {i + 1})" : cell.Trim().Trim('\uFEFF')).ToArray();

    public static ColumnLayout Plan(string path, string[] sourceHeaders, MappingProfile profile, string? salt)
    {
        var file = Path.GetFileName(path);
        sourceHeaders = [.. RepeatedHeaders.Numbered(sourceHeaders)];

        var hashedColumn = Dropped;
        if (profile.HashPetitioner)
        {
            if (string.IsNullOrEmpty(salt) || salt.Length < PetitionerHash.MinimumSaltLength)
                throw new SourceException(path,
                    $"El perfil '{profile.Source}' pide \"hash_peticionario\" pero la sal configurada falta o tiene menos de {PetitionerHash.MinimumSaltLength} caracteres; sin ella no se puede leer '{file}' sin exponer documentos.");
            hashedColumn = Array.FindIndex(sourceHeaders, h => HeaderText.SameHeader(h, profile.PetitionerIdColumn ?? ""));
            if (hashedColumn == Dropped)
                throw new SourceException(path,
                    $"El archivo '{file}' no tiene la columna \"{profile.PetitionerIdColumn}\" que el perfil indica en \"columna_id_peticionario\".");
        }

        var personal = new HashSet<string>(profile.PersonalDataColumns, HeaderText.Comparer);
        var targets = new int[sourceHeaders.Length];
        var output = new List<string>(sourceHeaders.Length);
        for (var i = 0; i < sourceHeaders.Length; i++)
        {
            if (i == hashedColumn)
            {
                targets[i] = output.Count;
                output.Add(PetitionerHash.CellKey);
            }
            else if (personal.Contains(sourceHeaders[i]))
                targets[i] = Dropped;
            else
            {
                targets[i] = output.Count;
                output.Add(sourceHeaders[i]);
            }
        }
        RefuseRepeatedHeaders(path, file, output);

        // A listed personal column the file lacks is worth a notice: the export may have renamed it.
        var present = new HashSet<string>(sourceHeaders, HeaderText.Comparer);
        var notices = profile.PersonalDataColumns
            .Where(p => !present.Contains(p))
            .Select(p => $"La columna de datos personales \"{p}\" no está en '{file}'; revise si el archivo la trae con otro nombre.")
            .ToList();

        return new ColumnLayout(sourceHeaders, targets, hashedColumn, salt, new HeaderIndex(output), notices);
    }

    /// <summary>Shapes one row that has exactly <see cref="SourceCount"/> values.</summary>
    public SourceRecord Read(long line, IReadOnlyList<string?> sourceValues)
    {
        var cells = new string?[Output.Names.Count];
        List<string>? damaged = null;
        for (var i = 0; i < _targets.Length; i++)
        {
            if (_targets[i] == Dropped)
                continue;
            var text = InvisibleCharacters.Strip(sourceValues[i]);
            var value = string.IsNullOrWhiteSpace(text) ? null : text;
            if (value is not null && value.Contains(Replacement))
                (damaged ??= []).Add(_sourceHeaders[i]);
            cells[_targets[i]] = i == _hashedColumn ? PetitionerHash.Of(value, _salt!) : value;
        }

        if (damaged is not null)
            return SourceRecord.Unreadable(new SourceProblem(line, damaged[0], Load.QuarantineReason.DamagedText,
                $"texto dañado por una codificación equivocada en {Quoted(damaged)}; revise \"codificacion\" en el perfil o guarde el archivo como UTF-8"));
        return SourceRecord.Readable(new RawRow(line, new RowCells(Output, cells)));
    }

    private static void RefuseRepeatedHeaders(string path, string file, IReadOnlyList<string> headers)
    {
        var seen = new Dictionary<string, int>(HeaderText.Comparer);
        for (var i = 0; i < headers.Count; i++)
        {
            if (seen.TryGetValue(headers[i], out var first))
                throw new SourceException(path,
                    $"El encabezado de '{file}' repite la columna \"{headers[i]}\" (columnas {first + 1} y {i + 1}); cambie el nombre de una de ellas.");
            seen.Add(headers[i], i);
        }
    }

    private static string Quoted(IEnumerable<string> columns) => string.Join(", ", columns.Select(c => $"\"{c}\""));
}

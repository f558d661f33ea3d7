using MiniExcelLibs;

namespace IndicadoresServicio.Etl.Tests.Sources;

/// <summary>Writes real .xlsx files with MiniExcel, row by row as given (no header row is added).</summary>
internal static class Workbooks
{
    public static string Write(string path, params object?[][] rows) =>
        Write(path, new Dictionary<string, object?[][]> { ["Hoja1"] = rows });

    public static string Write(string path, IReadOnlyDictionary<string, object?[][]> sheets)
    {
        var workbook = sheets.ToDictionary(s => s.Key, s => (object)AsDictionaries(s.Value));
        MiniExcel.SaveAs(path, workbook, printHeader: false);
        return path;
    }

    // MiniExcel takes the columns from the first row's keys, so every row gets the full width.
    private static List<Dictionary<string, object?>> AsDictionaries(object?[][] rows)
    {
        var width = rows.Max(r => r.Length);
        return rows.Select(r => Enumerable.Range(0, width)
                .ToDictionary(i => $"c{i:D3}", i => i < r.Length ? r[i] : null))
            .ToList();
    }
}

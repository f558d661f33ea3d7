using MiniExcelLibs;

namespace IndicadoresServicio.Generator.Tests.Support;

/// <summary>Reads the Excel export with MiniExcel, cell by cell, titles and header included.</summary>
public static class XlsxExport
{
    /// <summary>Every row of the first sheet as its cell values, in column order.</summary>
    public static IReadOnlyList<IReadOnlyList<object?>> Rows(string path) =>
        MiniExcel.Query(path, useHeaderRow: false)
            .Cast<IDictionary<string, object?>>()
            .Select(row => (IReadOnlyList<object?>)row.Values.ToArray())
            .ToArray();

    /// <summary>The data rows below the header row, keyed by header.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, object?>> DataRows(string path, int headerRow)
    {
        var rows = Rows(path);
        var headers = rows[headerRow - 1].Select(h => (string)h!).ToArray();
        return rows.Skip(headerRow)
            .Select(row => (IReadOnlyDictionary<string, object?>)headers.Zip(row).ToDictionary(p => p.First, p => p.Second))
            .ToArray();
    }
}

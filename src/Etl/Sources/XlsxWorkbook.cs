using MiniExcelLibs;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>The MiniExcel calls the xlsx reader needs, with their failures turned into Spanish messages.</summary>
internal static class XlsxWorkbook
{
    public static void RequireWorkbook(string path, string file)
    {
        Span<byte> magic = stackalloc byte[4];
        int read;
        using (var stream = SourceFileChecks.OpenShared(path))
            read = stream.ReadAtLeast(magic, magic.Length, throwOnEndOfStream: false);

        if (read == 4 && magic.SequenceEqual("PK\u0003\u0004"u8))
            return;
        // Old .xls files and password-protected .xlsx files are both OLE compound documents.
        if (read == 4 && magic.SequenceEqual(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
            throw new SourceException(path,
                $"'{file}' es un libro de Excel antiguo (.xls) o protegido con contraseña. Ábralo en Excel y guárdelo como .xlsx sin contraseña.");
        throw new SourceException(path,
            $"'{file}' no es un libro de Excel .xlsx (algunos sistemas exportan HTML o texto con esa extensión). Ábralo en Excel y guárdelo como .xlsx.");
    }

    public static string ChooseSheet(string path, string file, string? wanted)
    {
        List<string> sheets;
        try
        {
            sheets = MiniExcel.GetSheetNames(path);
        }
        catch (Exception e) when (e is not SourceException)
        {
            throw Damaged(path, file, e);
        }

        if (sheets.Count == 0)
            throw new SourceException(path, $"El libro '{file}' no tiene hojas.");
        if (string.IsNullOrWhiteSpace(wanted))
            return sheets[0];
        return sheets.FirstOrDefault(s => s == wanted)
            ?? sheets.FirstOrDefault(s => HeaderText.SameHeader(s, wanted))
            ?? throw new SourceException(path,
                $"El libro '{file}' no tiene la hoja \"{wanted}\". Hojas del libro: {string.Join(", ", sheets.Select(s => $"\"{s}\""))}.");
    }

    /// <summary>Streams the sheet's rows with their worksheet row numbers (MiniExcel fills skipped rows with empty ones).</summary>
    public static IEnumerable<(long Number, IDictionary<string, object?> Cells)> Rows(string path, string file, string sheet)
    {
        IEnumerator<dynamic> rows;
        try
        {
            rows = MiniExcel.Query(path, useHeaderRow: false, sheetName: sheet).GetEnumerator();
        }
        catch (Exception e)
        {
            throw Damaged(path, file, e);
        }

        using (rows)
        {
            long number = 0;
            while (true)
            {
                IDictionary<string, object?> cells;
                try
                {
                    if (!rows.MoveNext())
                        yield break;
                    cells = (IDictionary<string, object?>)rows.Current;
                }
                catch (Exception e)
                {
                    throw Damaged(path, file, e, number + 1);
                }
                yield return (++number, cells);
            }
        }
    }

    /// <summary>"A" is 1, "Z" 26, "AA" 27.</summary>
    public static int ColumnNumber(string letters)
    {
        var number = 0;
        foreach (var c in letters)
            if (c is >= 'A' and <= 'Z')
                number = number * 26 + (c - 'A' + 1);
        return number;
    }

    private static SourceException Damaged(string path, string file, Exception e, long? row = null) =>
        new(path, row is { } r
            ? $"No se pudo leer la fila {r} del libro '{file}': el archivo parece dañado."
            : $"No se pudo abrir el libro '{file}': el archivo parece dañado.", e);
}

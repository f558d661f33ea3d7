using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace IndicadoresServicio.Generator.Tests.Support;

/// <summary>Reads an export the way the ETL will: windows-1252, ';', quoted fields, one header line.</summary>
public static class CsvExport
{
    static CsvExport() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1252 { get; } =
        Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public static (IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyDictionary<string, string>> Rows) Read(string path)
    {
        using var reader = new StreamReader(path, Windows1252, detectEncodingFromByteOrderMarks: false);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = ";",
            DetectDelimiter = false,
            BadDataFound = context => throw new InvalidDataException($"Fila mal formada: {context.RawRecord}"),
        });
        csv.Read();
        csv.ReadHeader();
        var headers = csv.HeaderRecord!.ToArray();
        var rows = new List<IReadOnlyDictionary<string, string>>();
        while (csv.Read())
        {
            csv.Parser.Count.Should().Be(headers.Length, $"la fila {rows.Count + 1} debe tener todas las columnas");
            var row = new Dictionary<string, string>(headers.Length);
            for (var i = 0; i < headers.Length; i++)
                row[headers[i]] = csv.GetField(i)!;
            rows.Add(row);
        }
        return (headers, rows);
    }
}

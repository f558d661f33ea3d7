using System.Text;
using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Tests.Sources;

/// <summary>Tests that measure the process's heap, which other test classes would move meanwhile: they run alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HeapMeasurements
{
    public const string Name = "Mediciones del montón del proceso";
}

[Collection(HeapMeasurements.Name)]
public sealed class CsvStreamingTests : IDisposable
{
    private const int RowCount = 200_000;

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Two_hundred_thousand_rows_stream_without_piling_up_in_memory()
    {
        var path = WriteLargeFile();
        var heapBefore = SettledHeap();
        var table = CsvSource.Open(path, TestProfiles.Csv);

        long count = 0;
        long lastLine = 0;
        long heapPeak = 0;
        foreach (var record in table.Records)
        {
            record.IsReadable.Should().BeTrue();
            count++;
            lastLine = record.Line;
            if (count is 1_000 or 150_000)
                heapPeak = Math.Max(heapPeak, SettledHeap());
        }

        count.Should().Be(RowCount);
        lastLine.Should().Be(RowCount + 1);
        // Holding 200,000 rows would take well over 100 MB; streaming keeps only buffers and one row.
        (heapPeak - heapBefore).Should().BeLessThan(16 * 1024 * 1024);
    }

    private string WriteLargeFile()
    {
        var path = _dir.File("grande.csv");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write("No. Radicado;Fecha Radicación;Tipo;Asunto\n");
        for (var i = 1; i <= RowCount; i++)
            writer.Write($"2024-{i:D7};01/04/2024 08:{i % 60:D2};Petición;Arreglo de la vía número {i} en el barrio Peñitas\n");
        return path;
    }

    private static long SettledHeap()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}

using IndicadoresServicio.Etl.Sources;

namespace IndicadoresServicio.Etl.Tests.Sources;

internal static class SourceTableExtensions
{
    public static List<SourceRecord> ReadAll(this SourceTable table) => table.Records.ToList();

    public static List<RawRow> Rows(this SourceTable table) =>
        table.Records.Where(r => r.IsReadable).Select(r => r.Row!).ToList();

    public static List<SourceProblem> Problems(this SourceTable table) =>
        table.Records.Where(r => !r.IsReadable).Select(r => r.Problem!).ToList();
}

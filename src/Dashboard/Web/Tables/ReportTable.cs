namespace IndicadoresServicio.Dashboard.Web.Tables;

/// <summary>
/// A table as a page shows it and as it downloads, defined once so the two never differ: a Spanish name (the
/// heading, the sheet and the file), its column headers, and rows of typed cells (text, whole and decimal numbers,
/// dates, times, yes/no, <see cref="TrafficLight"/>), null for an empty cell.
/// </summary>
public sealed record ReportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows);

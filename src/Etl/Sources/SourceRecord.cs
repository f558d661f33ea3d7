using System.Diagnostics.CodeAnalysis;

namespace IndicadoresServicio.Etl.Sources;

/// <summary>
/// What the reader yields for each non-blank row of a file: either the row or the reason it could not
/// be read, never both and never nothing, so the ETL can load or quarantine every row and lose none.
/// </summary>
public sealed record SourceRecord
{
    private SourceRecord(long line, RawRow? row, SourceProblem? problem)
    {
        Line = line;
        Row = row;
        Problem = problem;
    }

    public long Line { get; }

    public RawRow? Row { get; }

    public SourceProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Row))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsReadable => Row is not null;

    public static SourceRecord Readable(RawRow row) => new(row.Line, row, null);

    public static SourceRecord Unreadable(SourceProblem problem) => new(problem.Line, null, problem);
}

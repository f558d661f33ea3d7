using System.Text.RegularExpressions;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// A quarantine reason with its particulars masked (quoted values, parenthesised details, numbers), so rows that
/// fail "the same way" group together: in the load summary and on the dashboard's data-quality page alike.
/// </summary>
public static partial class ReasonKind
{
    public static string Of(string reason) =>
        Numbers().Replace(Parenthesised().Replace(Quoted().Replace(reason, "«…»"), ""), "N").Trim();

    [GeneratedRegex("«[^»]*»")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\s*\([^)]*\)")]
    private static partial Regex Parenthesised();

    [GeneratedRegex(@"\d+(-\d+)*")]
    private static partial Regex Numbers();
}

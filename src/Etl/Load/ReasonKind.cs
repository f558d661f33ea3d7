using System.Text.RegularExpressions;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// A quarantine reason stored before reasons had codes (<see cref="QuarantineReason"/>), with its particulars masked
/// (quoted values, parenthesised details, numbers), so such old rows still group on the data-quality page until
/// their file is loaded again.
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

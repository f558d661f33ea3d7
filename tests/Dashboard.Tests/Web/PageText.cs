using System.Text.RegularExpressions;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>A page's HTML with the indentation between tags removed, so a table row can be matched as one string.</summary>
internal static partial class PageText
{
    public static string Compact(string html) => BetweenTags().Replace(html, "><");

    [GeneratedRegex(@">\s+<")]
    private static partial Regex BetweenTags();
}

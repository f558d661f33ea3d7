using System.Globalization;

namespace IndicadoresServicio.Etl.Load;

/// <summary>
/// The longest text the ETL stores or shows for one message or one cell. A file with no line breaks once put its
/// whole 52 MB first line in <c>etl_run.error</c>, and every page and download that shows the runs carried it; past
/// these lengths the text is cut and says so.
/// </summary>
public static class StoredText
{
    public const int LongestMessage = 2_000;
    public const int LongestCell = 1_000;

    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    public static string Bound(string text, int longest = LongestMessage)
    {
        if (text.Length <= longest)
            return text;
        // Never split a surrogate pair: half a character is not valid text for the warehouse.
        var cut = char.IsHighSurrogate(text[longest - 1]) ? longest - 1 : longest;
        return text[..cut] + $"… [recortado: {text.Length.ToString("N0", Colombia)} caracteres en total]";
    }
}

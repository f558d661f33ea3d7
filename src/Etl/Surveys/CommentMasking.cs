using System.Text.RegularExpressions;

namespace IndicadoresServicio.Etl.Surveys;

/// <summary>
/// Masks what identifies a citizen in free text before it is stored: e-mail addresses, phone numbers and identity
/// numbers. Citizens write "mi cédula es 1.098.765.432" or "llámenme al 300 123 4567"; the Comité needs the complaint,
/// never the person. Any run of six or more digits (dots, dashes or spaces between them allowed) is taken for a phone
/// or a document: a radicado quoted in a comment is masked too, the price of never keeping a document number.
/// </summary>
public static partial class CommentMasking
{
    public const string Email = "[correo]";
    public const string Phone = "[teléfono]";
    public const string Document = "[documento]";

    public static string Mask(string text)
    {
        var masked = EmailPattern().Replace(text, Email);
        return DigitRun().Replace(masked, m =>
        {
            var digits = m.Value.Count(char.IsAsciiDigit);
            if (digits < 6)
                return m.Value;
            var plain = new string(m.Value.Where(char.IsAsciiDigit).ToArray());
            var phone = m.Value.TrimStart().StartsWith('+') || (digits == 10 && (plain[0] == '3' || plain.StartsWith("60", StringComparison.Ordinal))) || digits == 7;
            return phone ? Phone : Document;
        });
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // Digits with single separators between them: "300 123 4567", "1.098.765.432", "(601) 3821010", "+57 3001234567".
    [GeneratedRegex(@"\+?\(?\d[\d]*(?:[\s.\-)]{1,2}\(?\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex DigitRun();
}

using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Core.Calendar;

/// <summary>
/// An entity's extra non-working days as a UTF-8 text file that a municipal official can edit by hand:
/// one <c>AAAA-MM-DD[&lt;tabulador o ;&gt;motivo]</c> per line, with <c>#</c> comments and blank lines.
/// </summary>
public static class NonWorkingDaysFile
{
    private const string DateFormat = "yyyy-MM-dd";
    private static readonly char[] ReasonSeparators = ['\t', ';'];
    private static readonly char[] LineBreaksAndTabs = ['\r', '\n', '\t'];

    private static readonly string[] Header =
    [
        "# Días no hábiles propios de la entidad, además de los festivos nacionales",
        "# (por ejemplo, un decreto que cierra la alcaldía o un día cívico).",
        "# Una fecha por línea en formato AAAA-MM-DD, seguida opcionalmente de un tabulador o ';' y el motivo.",
        "# Las líneas que empiezan con # son comentarios.",
    ];

    /// <summary>The days in the file, in file order.</summary>
    /// <exception cref="NonWorkingDaysFileException">A line is not a valid day; the message names the file and the line.</exception>
    public static IReadOnlyList<NonWorkingDay> Read(string path)
    {
        var days = new List<NonWorkingDay>();
        var lineNumber = 0;
        foreach (var rawLine in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            days.Add(ParseLine(line, path, lineNumber));
        }
        return days.AsReadOnly();
    }

    /// <summary>Writes the days sorted by date, one line per date (the first reason given wins), under a header.</summary>
    public static void Write(string path, IEnumerable<NonWorkingDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);

        var lines = days
            .GroupBy(day => day.Date)
            .OrderBy(sameDate => sameDate.Key)
            .Select(sameDate => FormatLine(sameDate.Key, sameDate.Select(day => day.Reason).FirstOrDefault(HasText)));

        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
            Directory.CreateDirectory(directory);
        File.WriteAllText(path, string.Join('\n', Header.Concat(lines)) + "\n", new UTF8Encoding(false));
    }

    /// <summary>The file of an entity: <c>directory/&lt;slug of the name&gt;.txt</c>, e.g. alcaldia-de-ejemplo.txt.</summary>
    public static string PathFor(string directory, string entityName)
    {
        var slug = TextKey.Slug(entityName);
        if (slug.Length == 0)
            throw new ArgumentException(
                $"El nombre de entidad «{entityName}» no tiene letras ni dígitos para nombrar su archivo.",
                nameof(entityName));
        return Path.Combine(directory, slug + ".txt");
    }

    /// <summary>The entity's calendar; the national one when it has no file.</summary>
    public static BusinessCalendar CalendarFor(string directory, string entityName)
    {
        var path = PathFor(directory, entityName);
        return File.Exists(path)
            ? new BusinessCalendar(Read(path).Select(day => day.Date))
            : BusinessCalendar.National;
    }

    private static NonWorkingDay ParseLine(string line, string path, int lineNumber)
    {
        var separator = line.IndexOfAny(ReasonSeparators);
        var dateText = (separator < 0 ? line : line[..separator]).Trim();
        var reason = separator < 0 ? null : line[(separator + 1)..].Trim();

        if (!DateOnly.TryParseExact(dateText, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new NonWorkingDaysFileException(
                $"{path}, línea {lineNumber}: la fecha «{dateText}» no es válida (use AAAA-MM-DD)");
        // Caught here rather than by the calendar, so that the message can point at the line to fix.
        if (date < SupportedRange.FirstDay || date > SupportedRange.LastDay)
            throw new NonWorkingDaysFileException(
                $"{path}, línea {lineNumber}: la fecha «{dateText}» está fuera del calendario admitido " +
                $"({SupportedRange.FirstDay:O} a {SupportedRange.LastDay:O})");

        return new NonWorkingDay(date, HasText(reason) ? reason : null);
    }

    private static string FormatLine(DateOnly date, string? reason)
    {
        var dateText = date.ToString(DateFormat, CultureInfo.InvariantCulture);
        return HasText(reason) ? $"{dateText}\t{OneLine(reason)}" : dateText;
    }

    // A reason is one line of free text: a line break or a tab inside it would break the file on reading.
    private static string OneLine(string reason) =>
        string.Join(' ', reason.Split(LineBreaksAndTabs, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static bool HasText([NotNullWhen(true)] string? s) => !string.IsNullOrWhiteSpace(s);
}

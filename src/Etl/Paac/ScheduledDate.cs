using System.Globalization;
using System.Text.RegularExpressions;
using IndicadoresServicio.Etl.Sources;
using IndicadoresServicio.Core.Text;

namespace IndicadoresServicio.Etl.Paac;

/// <summary>
/// When a plan activity falls due, read from its "Fecha programada" as people write it (the contract,
/// docs/paac.md): a date ("30/06/2024", a date cell), a month ("junio de 2024", "Junio 2024": its last day), a
/// vigencia ("Vigencia 2024": December 31), a part of the year ("Primer semestre": June 30, "Segundo
/// cuatrimestre": August 31), a range ("Enero a junio de 2024": its end) or recurring wording ("Permanente",
/// "Cuatrimestral", "Mensual", …: due at every cut-off). <see cref="Due"/> is null only for recurring activities.
/// </summary>
public sealed partial record ScheduledDate(DateOnly? Due, bool Recurring, bool Understood)
{
    private static readonly string[] Months =
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

    private static readonly string[] RecurringWords =
    [
        "permanente", "continu", "mensual", "bimestral", "trimestral", "cuatrimestral", "semestral", "periodic",
        "cada vez", "cuando se requiera", "segun se requiera", "a demanda", "semanal", "quincenal", "diari", "todo el año", "todo el ano",
    ];

    private static readonly string[] Ordinals = ["primer", "segundo", "tercer", "cuarto"];

    /// <param name="text">The cell as text (a date cell arrives as "yyyy-MM-dd HH:mm:ss").</param>
    /// <param name="vigencia">The plan's year: wording without a year ("Primer semestre", "Diciembre") is of it.</param>
    public static ScheduledDate Parse(string? text, int vigencia)
    {
        var endOfYear = new DateOnly(vigencia, 12, 31);
        if (string.IsNullOrWhiteSpace(text))
            return new ScheduledDate(endOfYear, false, false);
        var folded = TextKey.Fold(text);

        if (LastExactDate(text) is { } exact)
            return DueOn(exact);
        if (ExcelSerialDate.TryParse(text, out var serial) && serial.Year >= 2000 && serial.Year <= 2100)
            return DueOn(DateOnly.FromDateTime(serial));
        if (RecurringWords.Any(w => folded.Contains(w, StringComparison.Ordinal)) && !PartOfYear().IsMatch(folded))
            return new ScheduledDate(null, true, true);
        if (PartOfYear().Matches(folded) is { Count: > 0 } parts)
            return DueOn(EndOfPart(parts[^1], vigencia));
        if (LastMonth(folded, vigencia) is { } month)
            return DueOn(month);
        if (Year().Matches(folded) is { Count: > 0 } years)
            return DueOn(new DateOnly(int.Parse(years[^1].Value, CultureInfo.InvariantCulture), 12, 31));
        if (folded.Contains("anual", StringComparison.Ordinal) || folded.Contains("vigencia", StringComparison.Ordinal))
            return DueOn(endOfYear);
        return new ScheduledDate(endOfYear, false, false);
    }

    private static ScheduledDate DueOn(DateOnly date) => new(date, false, true);

    /// <summary>The last day/month/year date in the text: "01/02/2024 - 30/11/2024" is due November 30.</summary>
    private static DateOnly? LastExactDate(string text)
    {
        DateOnly? last = null;
        foreach (Match m in IsoDate().Matches(text))
            if (DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                last = d;
        if (last is not null)
            return last;
        foreach (Match m in DayMonthYear().Matches(text))
            if (TryDate(m.Groups[3].Value, m.Groups[2].Value, m.Groups[1].Value, out var d))
                last = d;
        if (last is not null)
            return last;
        var folded = TextKey.Fold(text);
        foreach (Match m in DayNamedMonthYear().Matches(folded))
            if (Array.IndexOf(Months, m.Groups[2].Value) is var month and >= 0
                && TryDate(m.Groups[3].Value, (month + 1).ToString(CultureInfo.InvariantCulture), m.Groups[1].Value, out var d))
                last = d;
        return last;
    }

    private static bool TryDate(string year, string month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, CultureInfo.InvariantCulture);
        if (y < 100)
            y += 2000;
        var mo = int.Parse(month, CultureInfo.InvariantCulture);
        var d = int.Parse(day, CultureInfo.InvariantCulture);
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
            return false;
        date = new DateOnly(y, mo, d);
        return true;
    }

    /// <summary>The last month named ("junio de 2024", "Junio 2024", "enero a diciembre"): its last day.</summary>
    private static DateOnly? LastMonth(string folded, int vigencia)
    {
        DateOnly? last = null;
        var lastAt = -1;
        for (var i = 0; i < Months.Length; i++)
            foreach (Match m in Regex.Matches(folded, $@"\b{Months[i]}\b(?:\s*(?:de|del|/|-)?\s*(\d{{4}}))?"))
                if (m.Index > lastAt)
                {
                    var year = m.Groups[1].Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : YearAfter(folded, m.Index) ?? vigencia;
                    lastAt = m.Index;
                    last = new DateOnly(year, i + 1, DateTime.DaysInMonth(year, i + 1));
                }
        return last;
    }

    private static int? YearAfter(string folded, int index) =>
        Year().Match(folded, index) is { Success: true } m ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;

    private static DateOnly EndOfPart(Match part, int vigencia)
    {
        var year = part.Groups[3].Success ? int.Parse(part.Groups[3].Value, CultureInfo.InvariantCulture) : vigencia;
        var ordinal = Array.FindIndex(Ordinals, o => part.Groups[1].Value.StartsWith(o, StringComparison.Ordinal)) + 1;
        var months = part.Groups[2].Value switch
        {
            "semestre" => 6,
            "cuatrimestre" => 4,
            "trimestre" => 3,
            _ => 2,
        };
        var month = Math.Min(12, ordinal * months);
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    [GeneratedRegex(@"\b(\d{4}-\d{2}-\d{2})")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(\d{1,2})\s+de\s+([a-z]+)\s+(?:de|del)\s+(\d{4})\b")]
    private static partial Regex DayNamedMonthYear();

    [GeneratedRegex(@"\b(primer|segundo|tercer|cuarto)o?\s+(semestre|cuatrimestre|trimestre|bimestre)(?:\s+(?:de|del)?\s*(?:(?:ano|vigencia)\s+)?(\d{4}))?")]
    private static partial Regex PartOfYear();

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();
}

using System.Globalization;
using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Indicators.Surveys;

namespace IndicadoresServicio.Dashboard.Web.Surveys;

/// <summary>The tables of the Satisfacción page, shown and downloaded alike; numbers stay numbers for the download.</summary>
public static class SurveyTables
{
    public const string DependencyKey = "dependencias";
    public const string QuestionKey = "preguntas";
    public const string DimensionKey = "dimensiones";
    public const string MonthKey = "meses";
    public const string GroupKey = "grupos";
    public const string DistributionKey = "respuestas";
    public const string TimelinessKey = "oportunidad";
    public const string AnswerTimeKey = "tiempo-respuesta";

    /// <summary>The contract's words for a figure from fewer than 30 valid answers.</summary>
    public const string InsufficientSample = "muestra insuficiente";

    private static readonly CultureInfo Colombia = CultureInfo.GetCultureInfo("es-CO");

    /// <summary>The sliced tables: download key, slice, column title, table name.</summary>
    public static readonly (string Key, SliceName Slice, string Title, string Name)[] Sliced =
    [
        (DependencyKey, SliceName.Dependency, "Dependencia", "Satisfacción por dependencia"),
        (QuestionKey, SliceName.Question, "Pregunta", "Satisfacción por pregunta"),
        (DimensionKey, SliceName.Dimension, "Dimensión", "Satisfacción por dimensión"),
        (MonthKey, SliceName.Month, "Mes", "Satisfacción por mes"),
        (GroupKey, SliceName.ValueGroup, "Grupo de valor", "Satisfacción por grupo de valor"),
        (TimelinessKey, SliceName.PetitionTimeliness, "Respuesta a la petición", "Satisfacción según la oportunidad de la respuesta a la petición"),
        (AnswerTimeKey, SliceName.PetitionAnswerTime, "Tiempo de respuesta", "Satisfacción según el tiempo de respuesta de la petición"),
    ];

    /// <summary>One row per member: responses, valid answers, satisfaction and its 95 % interval, mean rating, light, sample.</summary>
    public static ReportTable BySlice(string name, SliceName slice, string title, IReadOnlyList<IndicatorResult> results)
    {
        var shares = results.Where(r => r.Code == IndicatorCode.Satisfaction).ToList();
        var total = (TopTwo: shares.Sum(r => r.Current.Numerator), Valid: shares.Sum(r => r.Current.Denominator ?? 0));
        var rows = shares
            .OrderBy(r => slice == SliceName.Month || slice == SliceName.PetitionAnswerTime ? r.SliceValueOf(slice) : null, StringComparer.Ordinal)
            .Select(t2b =>
            {
                var member = t2b.SliceValueOf(slice);
                var n = results.FirstOrDefault(r => r.Code == IndicatorCode.SurveyResponses && r.SliceValueOf(slice) == member);
                var mean = results.FirstOrDefault(r => r.Code == IndicatorCode.MeanScore && r.SliceValueOf(slice) == member);
                return (IReadOnlyList<object?>)
                [
                    member, (long)(n?.Value ?? 0), (long)(t2b.Current.Denominator ?? 0), Percent(t2b.Value), Interval(t2b),
                    IndicatorText.Shown(IndicatorUnit.Score, mean?.Value), PanelLights.Cell(t2b.Light), AgainstTheRest(t2b, total), Sample(t2b),
                ];
            })
            .Where(r => (long)r[1]! > 0)
            .ToList();
        return new ReportTable(name, [title, "Respuestas", "Respuestas válidas", "Satisfacción (%)", "Intervalo 95 %", "Calificación (1 a 5)", "Semáforo", "Frente al resto", "Muestra"], rows);
    }

    public const string Higher = "mayor que el resto";
    public const string Lower = "menor que el resto";
    public const string NoDifference = "sin diferencia demostrable";
    public const string NotComparable = "no comparable";

    /// <summary>
    /// A member's satisfaction against all the other members together (they partition the answers), by the two-proportion
    /// z test at 95 %: "mayor" or "menor" only when the samples support it, never a ranking the intervals cannot carry.
    /// Either side with fewer than <see cref="IndicatorDefinition.MinimumSample"/> valid answers is not compared.
    /// </summary>
    private static string AgainstTheRest(IndicatorResult t2b, (double TopTwo, double Valid) total)
    {
        var (x1, n1) = (t2b.Current.Numerator, t2b.Current.Denominator ?? 0);
        var (x2, n2) = (total.TopTwo - x1, total.Valid - n1);
        if (n1 < IndicatorDefinition.MinimumSample || n2 < IndicatorDefinition.MinimumSample)
            return NotComparable;
        var pooled = (x1 + x2) / (n1 + n2);
        var error = Math.Sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
        var z = error == 0 ? 0 : (x1 / n1 - x2 / n2) / error;
        return z > 1.96 ? Higher : z < -1.96 ? Lower : NoDifference;
    }

    /// <summary>Answers per question and label, with each label's share of the question's answers.</summary>
    public static ReportTable Distribution(IReadOnlyList<AnswerCount> counts)
    {
        var totals = counts.GroupBy(c => c.Question).ToDictionary(g => g.Key, g => g.Sum(c => c.Answers));
        return new ReportTable("Distribución de las respuestas por pregunta", ["Pregunta", "Texto de la pregunta", "Respuesta", "Puntos", "Respuestas", "% de la pregunta"],
            counts.Select(c => (IReadOnlyList<object?>)
            [
                c.Question, c.QuestionText, c.Label, c.Points, c.Answers, Math.Round(100.0 * c.Answers / totals[c.Question], 1),
            ]).ToList());
    }

    public static string IntervalText(IndicatorResult t2b) => Interval(t2b) ?? "—";

    private static string? Interval(IndicatorResult t2b) =>
        t2b.Statistic(StatisticName.IntervalLow) is { } low && t2b.Statistic(StatisticName.IntervalHigh) is { } high
            ? $"{(low * 100).ToString("0.0", Colombia)} % – {(high * 100).ToString("0.0", Colombia)} %"
            : null;

    private static double? Percent(double? share) => share is { } s ? Math.Round(s * 100, 1) + 0.0 : null;

    private static string Sample(IndicatorResult r) => r.InsufficientSample ? InsufficientSample : "suficiente";
}

using IndicadoresServicio.Core.Calendar;

namespace IndicadoresServicio.Indicators.EarlyWarning;

/// <summary>
/// Riesgo de vencimiento: how many petitions each dependency will let expire in the next 2 and 4 weeks if it keeps
/// the pace of its recent answers. Deliberately simple, so the page can say in two sentences how it is computed:
/// <list type="bullet">
/// <item>An open petition due in the window, filed e business days before the cut-off and due t business days after
/// filing, expires with probability (recent answers that took more than t days) / (recent answers that took more than
/// e days): among answers as slow as this petition already is, the share that came after its term.</item>
/// <item>The forecast's weekly arrivals, spread evenly over the week's business days, each with the dependency's usual
/// term: those whose term ends inside the window expire with the share of recent answers slower than that term.</item>
/// </list>
/// A dependency with fewer than <see cref="MinimumAnswers"/> recent answers is judged by the pace of all dependencies
/// together; where no recent answer is slower than what a petition already waited, it is counted as expiring.
/// </summary>
public static class ExpiryRisk
{
    /// <summary>How far back "recent" answers (and the usual term) reach.</summary>
    public const int RecentDays = 91;

    /// <summary>Below this many recent answers a dependency's own pace is too thin: the entity's is used.</summary>
    public const int MinimumAnswers = 10;

    /// <summary>The term (business days) assumed for future arrivals of a dependency with no recent filings.</summary>
    public const int DefaultTerm = 15;

    /// <summary>A dependency is listed as at risk when it is expected to let at least this many expire in 4 weeks.</summary>
    public const double AtRiskThreshold = 1.0;

    public static IReadOnlyList<DependencyExpiryRisk> Estimate(ExpiryRiskInputs inputs, BusinessCalendar calendar)
    {
        var cutOff = inputs.CutOff;
        var twoWeeks = TwoWeeksEnd(cutOff);
        var fourWeeks = FourWeeksEnd(cutOff);
        var everyAnswer = inputs.Answers.Select(a => a.BusinessDays).Order().ToArray();
        var answersOf = inputs.Answers.GroupBy(a => a.Dependency, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.BusinessDays).Order().ToArray(), StringComparer.Ordinal);
        var dependencies = inputs.Open.Select(p => p.Dependency).Concat(inputs.Arrivals.Select(a => a.Dependency))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var risks = new List<DependencyExpiryRisk>();
        foreach (var dependency in dependencies)
        {
            var own = answersOf.GetValueOrDefault(dependency, []);
            var entityPace = own.Length < MinimumAnswers;
            var pace = entityPace ? everyAnswer : own;
            double openTwo = 0, openFour = 0;
            var openCount = 0;
            foreach (var petition in inputs.Open.Where(p => p.Dependency == dependency && p.DueOn >= cutOff && p.DueOn <= fourWeeks))
            {
                var elapsed = calendar.BusinessDaysBetween(petition.FiledOn, cutOff);
                var term = calendar.BusinessDaysBetween(petition.FiledOn, petition.DueOn);
                var p = SlowerThan(pace, term, given: elapsed);
                openCount++;
                openFour += p;
                if (petition.DueOn <= twoWeeks)
                    openTwo += p;
            }
            var usualTerm = inputs.UsualTerms.GetValueOrDefault(dependency, DefaultTerm);
            var lateShare = SlowerThan(pace, usualTerm, given: null);
            double newTwo = 0, newFour = 0;
            foreach (var week in inputs.Arrivals.Where(a => a.Dependency == dependency))
            {
                var days = Enumerable.Range(0, 7).Select(week.WeekStart.AddDays).Where(calendar.IsBusinessDay).ToList();
                foreach (var day in days.Where(d => d > cutOff && d <= fourWeeks))
                {
                    var due = calendar.AddBusinessDays(day, usualTerm);
                    var expected = week.Count / days.Count * lateShare;
                    if (due <= fourWeeks)
                        newFour += expected;
                    if (due <= twoWeeks)
                        newTwo += expected;
                }
            }
            risks.Add(new DependencyExpiryRisk(dependency, openCount, openTwo + newTwo, openFour + newFour, newFour,
                own.Length, entityPace, usualTerm, Median(pace)));
        }
        return risks;
    }

    /// <summary>The dependencies at risk, the most expected expirations in 4 weeks first.</summary>
    public static IReadOnlyList<DependencyExpiryRisk> AtRisk(IEnumerable<DependencyExpiryRisk> risks) =>
        risks.Where(r => r.InFourWeeks >= AtRiskThreshold)
            .OrderByDescending(r => r.InFourWeeks).ThenBy(r => r.Dependency, StringComparer.Ordinal).ToList();

    /// <summary>The last day of the 2-week window (the cut-off is day 0).</summary>
    public static DateOnly TwoWeeksEnd(DateOnly cutOff) => cutOff.AddDays(14);

    public static DateOnly FourWeeksEnd(DateOnly cutOff) => cutOff.AddDays(28);

    /// <summary>
    /// Share of the (sorted) answer times above <paramref name="term"/> among those above <paramref name="given"/>
    /// (all of them when null); 1 when none is above <paramref name="given"/>: slower than every recent answer.
    /// </summary>
    private static double SlowerThan(int[] sorted, int term, int? given)
    {
        var candidates = given is { } g ? CountAbove(sorted, g) : sorted.Length;
        return candidates == 0 ? 1.0 : (double)CountAbove(sorted, term) / candidates;
    }

    /// <summary>
    /// How many of the sorted values exceed <paramref name="value"/>, by binary search: it runs once or twice per open
    /// petition against every recent answer, and counting them one by one took minutes on 50 M petitions
    /// (400,000 open × 100,000 answers; docs/escala.md).
    /// </summary>
    private static int CountAbove(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = low + (high - low) / 2;
            if (sorted[middle] <= value)
                low = middle + 1;
            else
                high = middle;
        }
        return sorted.Length - low;
    }

    private static double? Median(int[] sorted) => sorted.Length == 0 ? null
        : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2.0;
}

/// <summary>What the estimate reads: the cut-off, open petitions, recent answers, forecast weekly arrivals, usual terms.</summary>
public sealed record ExpiryRiskInputs(
    DateOnly CutOff,
    IReadOnlyList<OpenPetition> Open,
    IReadOnlyList<RecentAnswer> Answers,
    IReadOnlyList<ForecastWeek> Arrivals,
    IReadOnlyDictionary<string, int> UsualTerms);

/// <summary>A petition without answer at the cut-off and its effective due date.</summary>
public sealed record OpenPetition(string Dependency, DateOnly FiledOn, DateOnly DueOn);

/// <summary>A recent answer's response time in business days.</summary>
public sealed record RecentAnswer(string Dependency, int BusinessDays);

/// <summary>The stored forecast of a dependency's arrivals in the week starting on <see cref="WeekStart"/> (a Monday).</summary>
public sealed record ForecastWeek(string Dependency, DateOnly WeekStart, double Count);

/// <summary>
/// One dependency's estimate: open petitions due within 4 weeks, expected expirations in 2 and 4 weeks (of which
/// <see cref="FromArrivalsInFourWeeks"/> from forecast arrivals), and the pace it was judged by.
/// </summary>
public sealed record DependencyExpiryRisk(
    string Dependency,
    int OpenDueInFourWeeks,
    double InTwoWeeks,
    double InFourWeeks,
    double FromArrivalsInFourWeeks,
    int RecentAnswers,
    bool EntityPace,
    int UsualTerm,
    double? MedianAnswerDays);

using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Core.Text;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.EarlyWarning;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Dashboard.Web.Pages.Shared;

/// <summary>
/// The riesgo de vencimiento at a cut-off as Por vencer and the despacho's Resumen show it: the dependencies at risk
/// (<see cref="ExpiryRisk.AtRisk"/>) and whether a stored forecast added arrivals. Business days on the national
/// calendar, as dim_date counts them; each petition's due date already holds its entity's closures.
/// </summary>
public sealed record ExpiryRiskView(DateOnly CutOff, IReadOnlyList<DependencyExpiryRisk> AtRisk, bool WithForecast)
{
    public const string Anchor = "riesgo";

    /// <summary>The result cache's key: Por vencer, Resumen and the landing-page preparation share one estimate per cut-off.</summary>
    public static string CacheKey(DateOnly cutOff, string? dependency) => $"riesgo-vencimiento|{cutOff:yyyy-MM-dd}|{dependency}";

    public static ExpiryRiskView Of(Warehouse warehouse, DateOnly cutOff, string? dependency)
    {
        var inputs = WarehouseExpiryRisk.Read(warehouse, cutOff);
        var risks = ExpiryRisk.Estimate(inputs, BusinessCalendar.National)
            .Where(r => dependency is null || TextKey.Fold(r.Dependency) == TextKey.Fold(dependency));
        return new ExpiryRiskView(cutOff, ExpiryRisk.AtRisk(risks), inputs.Arrivals.Count > 0);
    }

    public DateOnly TwoWeeksEnd => ExpiryRisk.TwoWeeksEnd(CutOff);

    public DateOnly FourWeeksEnd => ExpiryRisk.FourWeeksEnd(CutOff);

    public ReportTable Table => new("Riesgo de vencimiento",
        ["Dependencia", "Abiertas que vencen en 4 semanas", "Vencerían en 2 semanas", "Vencerían en 4 semanas",
            "De ellas, por llegar", "Mediana de respuesta (días hábiles)", "Ritmo usado"],
        AtRisk.Select(r => (IReadOnlyList<object?>)
        [
            r.Dependency, r.OpenDueInFourWeeks, Math.Round(r.InTwoWeeks, 1), Math.Round(r.InFourWeeks, 1),
            Math.Round(r.FromArrivalsInFourWeeks, 1), r.MedianAnswerDays,
            r.EntityPace ? $"de toda la entidad (solo {r.RecentAnswers} respuestas propias)" : $"propio ({r.RecentAnswers} respuestas)",
        ]).ToList());
}

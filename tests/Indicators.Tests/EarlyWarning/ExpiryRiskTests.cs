using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Indicators.EarlyWarning;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.TestSupport.Forecast;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Tests.EarlyWarning;

/// <summary>
/// Riesgo de vencimiento on <see cref="ExpiryRiskFixture"/>, cut-off Friday 2024-09-13 (2-week window to 09-27, 4-week
/// to 10-11). Every expected figure below is worked out by hand in the comments, counting business days on the
/// calendar (Monday 2024-08-19 is a public holiday).
/// </summary>
public sealed class ExpiryRiskTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static readonly DateOnly CutOff = ExpiryRiskFixture.CutOff;
    private const string Hacienda = ExpiryRiskFixture.Hacienda;
    private const string Transito = ExpiryRiskFixture.Transito;

    [Theory, MemberData(nameof(Engines))]
    public void Each_dependency_expects_the_expirations_its_recent_pace_and_forecast_arrivals_give(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        ExpiryRiskFixture.Load(test.Warehouse);

        var risks = WarehouseExpiryRisk.Estimate(test.Warehouse, CutOff, BusinessCalendar.National).ToDictionary(r => r.Dependency);

        // Hacienda's recent answers (days): 5 8 10 12 14 16 18 20 25 30 (the 99 of June is older than 91 days).
        // A: filed 09-02, 9 days waited, due 09-23 at day 15: answers > 15 / answers > 9 = 5/8.
        // E: extended to the cut-off itself and still open: 1.
        // F: filed 08-16, 19 days waited (08-19 is a holiday), extended to 09-24, day 26: 1 (the 30) / 3 (20 25 30) = 1/3.
        // G: answered 09-20, after the cut-off, so open at it: 5 days waited, due 09-27 at day 15: 5/9.
        // B: extended to 10-04 (4 weeks only), 10 days waited, due at day 25: 1/7.
        // C is overdue already, D (a consulta, 30 days) is due 10-25, after the window.
        // Arrivals: usual term 15 days, half the recent answers take more. Only the week of 09-16 (10 forecast,
        // 2 a day) has its terms end by 10-11 (09-20 + 15 = 10-11; 09-23 + 15 = 10-15, past the 10-14 holiday): 10 x 1/2 = 5.
        var hacienda = risks[Hacienda];
        hacienda.OpenDueInFourWeeks.Should().Be(5);
        hacienda.InTwoWeeks.Should().BeApproximately(5.0 / 8 + 1 + 1.0 / 3 + 5.0 / 9, 1e-9);
        hacienda.FromArrivalsInFourWeeks.Should().BeApproximately(5, 1e-9);
        hacienda.InFourWeeks.Should().BeApproximately(5.0 / 8 + 1 + 1.0 / 3 + 5.0 / 9 + 1.0 / 7 + 5, 1e-9);
        hacienda.EntityPace.Should().BeFalse();
        hacienda.RecentAnswers.Should().Be(10);
        hacienda.UsualTerm.Should().Be(15);
        hacienda.MedianAnswerDays.Should().Be(15);

        // Tránsito has 3 recent answers (2 3 4): judged by everybody's 13 (2 3 4 5 8 10 12 14 16 18 20 25 30).
        // H: filed 09-09, 4 days waited, due 09-23 at day 10: 7/10. Arrivals with its usual 10-day term: the weeks of
        // 09-16 and 09-23 (1 a day) end their terms by 10-11, that of 09-30 does not: 10 x 7/13.
        var transito = risks[Transito];
        transito.OpenDueInFourWeeks.Should().Be(1);
        transito.InTwoWeeks.Should().BeApproximately(0.7, 1e-9);
        transito.InFourWeeks.Should().BeApproximately(0.7 + 10 * 7.0 / 13, 1e-9);
        transito.EntityPace.Should().BeTrue();
        transito.RecentAnswers.Should().Be(3);
        transito.UsualTerm.Should().Be(10);
        transito.MedianAnswerDays.Should().Be(12);

        risks.Should().NotContainKey("Cultura", "its only open petition is already overdue");
        ExpiryRisk.AtRisk(risks.Values).Select(r => r.Dependency).Should().Equal(Hacienda, Transito);
    }
}

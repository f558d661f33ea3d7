using Dapper;
using IndicadoresServicio.Core.Calendar;
using IndicadoresServicio.Indicators.EarlyWarning;
using IndicadoresServicio.TestSupport;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.Indicators.Tests.EarlyWarning;

/// <summary>
/// Riesgo de vencimiento on a small hand-made warehouse, cut-off Friday 2024-09-13 (2-week window to 09-27, 4-week to
/// 10-11). Every expected figure below is worked out by hand in the comments, counting business days on the
/// calendar (Monday 2024-08-19 is a public holiday).
/// </summary>
public sealed class ExpiryRiskTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static readonly DateOnly CutOff = new(2024, 9, 13);
    private const string Hacienda = "Secretaría de Hacienda";
    private const string Transito = "Tránsito";

    [Theory, MemberData(nameof(Engines))]
    public void Each_dependency_expects_the_expirations_its_recent_pace_and_forecast_arrivals_give(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        Load(test.Warehouse);

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

    private static void Load(Warehouse warehouse)
    {
        var rows = new PetitionFixture(warehouse);
        var entity = rows.Entity("Alcaldía de Prueba");
        var hacienda = rows.Dependency(entity, Hacienda);
        var transito = rows.Dependency(entity, Transito);
        var cultura = rows.Dependency(entity, "Cultura");
        // Answered on 09-02, each filed that many business days before (its response time).
        var answered = new DateOnly(2024, 9, 2);
        (int Days, DateOnly Filed)[] haciendaAnswers =
        [
            (5, new(2024, 8, 26)), (8, new(2024, 8, 21)), (10, new(2024, 8, 16)), (12, new(2024, 8, 14)), (14, new(2024, 8, 12)),
            (16, new(2024, 8, 8)), (18, new(2024, 8, 5)), (20, new(2024, 8, 1)), (25, new(2024, 7, 25)), (30, new(2024, 7, 18)),
        ];
        rows.Add(haciendaAnswers.Select((a, i) => new FixturePetition($"R{i}", entity, hacienda, a.Filed, a.Filed.AddDays(21))
            { AnsweredOn = answered, DaysToAnswer = a.Days }).ToArray());
        rows.Add(
            new FixturePetition("VIEJA", entity, hacienda, new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 23)) { AnsweredOn = new DateOnly(2024, 6, 3), DaysToAnswer = 99 },
            new FixturePetition("A", entity, hacienda, new DateOnly(2024, 9, 2), new DateOnly(2024, 9, 23)),
            new FixturePetition("B", entity, hacienda, new DateOnly(2024, 8, 30), new DateOnly(2024, 9, 20)) { ExtensionDueOn = new DateOnly(2024, 10, 4), ExtensionValid = true },
            new FixturePetition("C", entity, hacienda, new DateOnly(2024, 7, 1), new DateOnly(2024, 7, 22)),
            new FixturePetition("D", entity, hacienda, new DateOnly(2024, 9, 12), new DateOnly(2024, 10, 25)) { Type = "consulta", TermDays = 30 },
            new FixturePetition("E", entity, hacienda, new DateOnly(2024, 8, 12), new DateOnly(2024, 9, 3)) { ExtensionDueOn = new DateOnly(2024, 9, 13), ExtensionValid = true },
            new FixturePetition("F", entity, hacienda, new DateOnly(2024, 8, 16), new DateOnly(2024, 9, 9)) { ExtensionDueOn = new DateOnly(2024, 9, 24), ExtensionValid = true },
            new FixturePetition("G", entity, hacienda, new DateOnly(2024, 9, 6), new DateOnly(2024, 9, 27)) { AnsweredOn = new DateOnly(2024, 9, 20), DaysToAnswer = 10 },
            new FixturePetition("FEL", entity, hacienda, new DateOnly(2024, 9, 10), null) { Type = "felicitacion" },
            new FixturePetition("H", entity, transito, new DateOnly(2024, 9, 9), new DateOnly(2024, 9, 23)) { TermDays = 10 },
            new FixturePetition("T1", entity, transito, new DateOnly(2024, 9, 2), new DateOnly(2024, 9, 16)) { TermDays = 10, AnsweredOn = new DateOnly(2024, 9, 4), DaysToAnswer = 2 },
            new FixturePetition("T2", entity, transito, new DateOnly(2024, 9, 2), new DateOnly(2024, 9, 16)) { TermDays = 10, AnsweredOn = new DateOnly(2024, 9, 5), DaysToAnswer = 3 },
            new FixturePetition("T3", entity, transito, new DateOnly(2024, 9, 2), new DateOnly(2024, 9, 16)) { TermDays = 10, AnsweredOn = new DateOnly(2024, 9, 6), DaysToAnswer = 4 },
            new FixturePetition("K", entity, cultura, new DateOnly(2024, 8, 1), new DateOnly(2024, 8, 26)));

        // The stored weekly forecast made at the cut-off; the week of 09-09 has no business day after it, that of
        // 10-14 starts after the window, the entity's own series is not a dependency's.
        (string Slice, string Series, string Week, double Point)[] weeks =
        [
            ("dependencia", Hacienda, "2024-09-09", 50), ("dependencia", Hacienda, "2024-09-16", 10), ("dependencia", Hacienda, "2024-09-23", 10),
            ("dependencia", Hacienda, "2024-09-30", 20), ("dependencia", Hacienda, "2024-10-07", 5), ("dependencia", Hacienda, "2024-10-14", 40),
            ("dependencia", Transito, "2024-09-16", 5), ("dependencia", Transito, "2024-09-23", 5), ("dependencia", Transito, "2024-09-30", 5),
            ("entidad", "Entidad", "2024-09-16", 100),
        ];
        using var connection = warehouse.OpenConnection();
        connection.Execute(warehouse.Sql("""
            INSERT INTO fct_forecast (origin, frequency, slice, series, period_start, horizon, point, lower_bound, upper_bound, method, model_version, made_at)
            VALUES (@origin, 'semana', @slice, @series, @period, 1, @point, @point, @point, 'modelo', 'prueba', @madeAt)
            """), weeks.Select(w => new
            {
                origin = CutOff, slice = w.Slice, series = w.Series, period = DateOnly.Parse(w.Week, System.Globalization.CultureInfo.InvariantCulture),
                point = w.Point, madeAt = new DateTime(2024, 9, 14, 6, 0, 0),
            }));
    }
}

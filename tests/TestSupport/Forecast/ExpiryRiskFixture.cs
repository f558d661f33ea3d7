using Dapper;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.TestSupport.Forecast;

/// <summary>
/// A small hand-made warehouse for the riesgo de vencimiento at cut-off Friday 2024-09-13: Hacienda with ten recent
/// answers and five open petitions due within 4 weeks, Tránsito with three answers (10-day terms) and one open, Cultura
/// with one overdue, and the weekly forecast stored at the cut-off. ExpiryRiskTests works its figures out by hand.
/// </summary>
public static class ExpiryRiskFixture
{
    public static readonly DateOnly CutOff = new(2024, 9, 13);
    public const string Hacienda = "Secretaría de Hacienda";
    public const string Transito = "Tránsito";

    public static void Load(Warehouse warehouse)
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

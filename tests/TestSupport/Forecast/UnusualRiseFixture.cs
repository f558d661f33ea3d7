using Dapper;
using IndicadoresServicio.Warehousing;

namespace IndicadoresServicio.TestSupport.Forecast;

/// <summary>
/// A hand-made warehouse for the alza inusual at cut-off Wednesday 2024-09-18: the judged weeks are that of 09-09
/// (complete) and that of 09-16 (in progress through the 18th). Weekly forecasts are stored at several origins, so
/// only the latest made before each week may count. UnusualRiseTests works the flags out by hand.
/// </summary>
public static class UnusualRiseFixture
{
    public static readonly DateOnly CutOff = new(2024, 9, 18);
    public const string Hacienda = "Secretaría de Hacienda";
    public const string Transito = "Tránsito";
    public const string Predial = "Impuesto predial";
    public const string Virtual = "Virtual / web";

    public static void Load(Warehouse warehouse)
    {
        var rows = new PetitionFixture(warehouse);
        var entity = rows.Entity("Alcaldía de Prueba");
        var hacienda = rows.Dependency(entity, Hacienda);
        var transito = rows.Dependency(entity, Transito);
        var predial = rows.Topic(entity, Predial);
        var petitions = new List<FixturePetition>();
        void File(string prefix, int dependency, DateOnly day, int count, int? topic = null, string channel = "virtual")
        {
            for (var i = 0; i < count; i++)
                petitions.Add(new FixturePetition($"{prefix}-{day:MMdd}-{i}", entity, dependency, day, day.AddDays(21)) { Topic = topic, Channel = channel });
        }
        // Week of 09-09: Hacienda 15 (6 of them about the predial tax), Tránsito 4 — all virtual: 19.
        File("H", hacienda, new DateOnly(2024, 9, 9), 5, predial);
        File("HP", hacienda, new DateOnly(2024, 9, 13), 1, predial);
        File("H", hacienda, new DateOnly(2024, 9, 12), 9);
        File("T", transito, new DateOnly(2024, 9, 15), 4);
        // Week of 09-16 through the cut-off: Hacienda 10, Tránsito 6 in person; the 19th is after the cut-off.
        File("H", hacienda, new DateOnly(2024, 9, 16), 4);
        File("H", hacienda, new DateOnly(2024, 9, 18), 6);
        File("H", hacienda, new DateOnly(2024, 9, 19), 30);
        File("T", transito, new DateOnly(2024, 9, 17), 6, channel: "presencial");
        // The week before, not judged at this cut-off: far over any bound.
        File("H", hacienda, new DateOnly(2024, 9, 4), 40);
        rows.Add([.. petitions]);

        (string Origin, string Slice, string Series, string Week, double Point, double Upper)[] forecasts =
        [
            // Older than the 09-08 run: never the one used for either week.
            ("2024-09-01", "dependencia", Hacienda, "2024-09-09", 500, 1000),
            ("2024-09-01", "dependencia", Transito, "2024-09-09", 0.5, 0.9),
            // The eve of the week of 09-09: the run that judges it.
            ("2024-09-08", "dependencia", Hacienda, "2024-09-09", 10, 14),
            ("2024-09-08", "dependencia", Transito, "2024-09-09", 2, 3),
            ("2024-09-08", "tema", Predial, "2024-09-09", 3, 5),
            ("2024-09-08", "canal", Virtual, "2024-09-09", 20, 30),
            ("2024-09-08", "entidad", "Entidad", "2024-09-09", 1, 2),
            ("2024-09-08", "dependencia", Hacienda, "2024-09-16", 10, 14),
            // The eve of the week of 09-16: the run that judges it.
            ("2024-09-15", "dependencia", Hacienda, "2024-09-16", 8, 9),
            ("2024-09-15", "dependencia", Transito, "2024-09-16", 1, 2),
            // Made during the week of 09-16, after some of it had arrived: never a yardstick for it.
            ("2024-09-17", "dependencia", Hacienda, "2024-09-16", 50, 100),
            ("2024-09-17", "dependencia", Transito, "2024-09-16", 50, 100),
        ];
        using var connection = warehouse.OpenConnection();
        connection.Execute(warehouse.Sql("""
            INSERT INTO fct_forecast (origin, frequency, slice, series, period_start, horizon, point, lower_bound, upper_bound, method, model_version, made_at)
            VALUES (@origin, 'semana', @slice, @series, @period, 1, @point, 0, @upper, 'modelo', 'prueba', @madeAt)
            """), forecasts.Select(f => new
            {
                origin = Day(f.Origin), slice = f.Slice, series = f.Series, period = Day(f.Week), point = f.Point, upper = f.Upper,
                madeAt = Day(f.Origin).AddDays(1).ToDateTime(new TimeOnly(6, 0)),
            }));
    }

    private static DateOnly Day(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}

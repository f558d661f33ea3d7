using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Dashboard.Tests.Web;

/// <summary>
/// A small municipality written straight into the star schema, every date stated: two secretarías in the first
/// semester of 2024 (the dashboard's default period on <see cref="DashboardApp.Today"/>), one petition in the
/// semester before, one overdue and one about to fall due at the cut-off.
/// </summary>
internal static class TownPetitions
{
    public const string Hacienda = "Secretaría de Hacienda";
    public const string Gobierno = "Secretaría de Gobierno";
    public const string Overdue = "H-VENCIDA";
    public const string DueSoon = "G-PRONTO";

    public static void Fill(Warehouse warehouse)
    {
        var fixture = new PetitionFixture(warehouse);
        var entity = fixture.Entity("Municipio de Prueba", "99001");
        var hacienda = fixture.Dependency(entity, Hacienda);
        var gobierno = fixture.Dependency(entity, Gobierno);
        var predial = fixture.Topic(entity, "Impuesto predial");
        var orden = fixture.Topic(entity, "Orden público");
        fixture.Add(
            new FixturePetition("H-ANTERIOR", entity, hacienda, new(2023, 9, 1), new(2023, 9, 22)) { AnsweredOn = new(2023, 9, 8), DaysToAnswer = 5, Topic = predial },
            new FixturePetition("H-1", entity, hacienda, new(2024, 2, 1), new(2024, 2, 22)) { AnsweredOn = new(2024, 2, 15), DaysToAnswer = 10, Topic = predial },
            new FixturePetition("H-2", entity, hacienda, new(2024, 3, 1), new(2024, 3, 22)) { AnsweredOn = new(2024, 4, 3), DaysToAnswer = 21, Type = "queja", Channel = "presencial", Topic = predial },
            new FixturePetition(Overdue, entity, hacienda, new(2024, 5, 20), new(2024, 6, 11)) { Topic = predial },
            new FixturePetition("G-1", entity, gobierno, new(2024, 4, 2), new(2024, 4, 23)) { AnsweredOn = new(2024, 4, 10), DaysToAnswer = 6, Topic = orden },
            new FixturePetition(DueSoon, entity, gobierno, new(2024, 6, 10), new(2024, 7, 2)) { Channel = "correo", Topic = orden },
            new FixturePetition("G-FELICITA", entity, gobierno, new(2024, 6, 3), null) { Type = "felicitacion" });
    }
}

using IndicadoresServicio.Indicators.Catalogue;
using System.Globalization;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

/// <summary>
/// The hand-computed cohort most panel tests share: petitions filed in March 2024 in two dependencies, their
/// status at the cut-off Monday 2024-04-15, and one petition of February (the previous comparable period,
/// cut-off 2024-03-15: 15 days after its end, as 04-15 is after March's).
///
/// | radicado | dependency | type | channel | filed | due | answered (days) | at 04-15 |
/// | R1 | Hacienda | peticion | virtual | 03-01 | 03-22 | 03-15 (10) | oportuno |
/// | R2 | Hacienda | peticion | presencial | 03-04 | 03-26 | 04-01 (17) | no oportuno |
/// | R3 | Gobierno | informacion | virtual | 03-05 | 03-19 | 03-12 (5) | oportuno |
/// | R4 | Gobierno | peticion | presencial | 03-06 | 03-27 | — | vencido |
/// | R5 | Hacienda | consulta | virtual | 03-20 | 05-03 | — | a tiempo, 14 business days left |
/// | R6 | Gobierno | peticion | virtual | 03-27 | 04-19 | — | a tiempo, 4 business days left: PQ-PEND |
/// | R7 | Hacienda | felicitacion | virtual | 03-10 | — | 03-11 | no term |
/// | R8 | Hacienda | peticion | virtual | 03-12 | 04-03 | 04-20 after the cut-off | vencido |
/// | R9 | Gobierno | queja | presencial | 03-14 | 04-05 | 04-05 (15), transferred | oportuno on its due date |
/// | R10 | Hacienda | peticion | virtual | 02-28 | 03-20 | 03-10 (8) | previous period: oportuno |
/// | R11 | Hacienda | peticion | virtual | 04-02 | 04-23 | — | after the period: excluded |
/// </summary>
internal static class MarchCohort
{
    public static readonly Period March = Period.Of(D("2024-03-01"), D("2024-03-31"));
    public static readonly DateOnly CutOff = D("2024-04-15");

    public const string Hacienda = "Secretaría de Hacienda";
    public const string Gobierno = "Secretaría de Gobierno";

    public static MeasurementRequest Request(params string[] slices) => new(March, CutOff, Slices: slices.Select(SliceName.Parse).ToList());

    public static void Load(IndicadoresServicio.Warehousing.Warehouse warehouse)
    {
        var fixture = new PetitionFixture(warehouse);
        var entity = fixture.Entity("Alcaldía de Prueba", "99001");
        var hacienda = fixture.Dependency(entity, Hacienda);
        var gobierno = fixture.Dependency(entity, Gobierno);
        fixture.Add(
            new("R1", entity, hacienda, D("2024-03-01"), D("2024-03-22")) { AnsweredOn = D("2024-03-15"), DaysToAnswer = 10 },
            new("R2", entity, hacienda, D("2024-03-04"), D("2024-03-26")) { Channel = "presencial", AnsweredOn = D("2024-04-01"), DaysToAnswer = 17 },
            new("R3", entity, gobierno, D("2024-03-05"), D("2024-03-19")) { Type = "informacion", TermDays = 10, AnsweredOn = D("2024-03-12"), DaysToAnswer = 5 },
            new("R4", entity, gobierno, D("2024-03-06"), D("2024-03-27")) { Channel = "presencial" },
            new("R5", entity, hacienda, D("2024-03-20"), D("2024-05-03")) { Type = "consulta", TermDays = 30 },
            new("R6", entity, gobierno, D("2024-03-27"), D("2024-04-19")),
            new("R7", entity, hacienda, D("2024-03-10"), null) { Type = "felicitacion", AnsweredOn = D("2024-03-11") },
            new("R8", entity, hacienda, D("2024-03-12"), D("2024-04-03")) { AnsweredOn = D("2024-04-20"), DaysToAnswer = 20 },
            new("R9", entity, gobierno, D("2024-03-14"), D("2024-04-05")) { Type = "queja", Channel = "presencial", AnsweredOn = D("2024-04-05"), DaysToAnswer = 15, Transferred = true },
            new("R10", entity, hacienda, D("2024-02-28"), D("2024-03-20")) { AnsweredOn = D("2024-03-10"), DaysToAnswer = 8 },
            new("R11", entity, hacienda, D("2024-04-02"), D("2024-04-23")));
    }

    public static DateOnly D(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

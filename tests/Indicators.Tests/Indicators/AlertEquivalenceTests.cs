using IndicadoresServicio.Indicators.Catalogue;
using System.Globalization;
using Dapper;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using static IndicadoresServicio.Indicators.Tests.Indicators.MarchCohort;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

/// <summary>
/// The alert list and its summary must give exactly what the original alert query gave (kept below as
/// <see cref="ReferenceSql"/>: every open candidate joined to dim_date twice), on a pseudo-random fixture with
/// hundreds of alerts: two entities with a dependency of the same name, ties on due dates wherever a cut falls,
/// weekend, holiday and business-day cut-offs, felicitaciones, answers after the cut-off, due dates outside
/// dim_date or missing, and filters.
/// </summary>
public sealed class AlertEquivalenceTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    private static readonly StringComparer SpanishOrder = StringComparer.Create(CultureInfo.GetCultureInfo("es-CO"), ignoreCase: false);

    // petition_alerts.sql as it was before the alert queries stopped joining dim_date to filter: the reference.
    private const string ReferenceSql = """
        SELECT e.name AS entity, d.name AS dependency, f.radicado, t.name AS type_name, f.filed_on,
            f.effective_due_on AS due_on,
            CAST(CASE WHEN cut.full_date > f.effective_due_on
                      THEN LEAST(due.business_day_index - cut.business_day_index, -1)
                      ELSE due.business_day_index - cut.business_day_index END AS INTEGER) AS business_days_left
        FROM fct_petition f
        JOIN dim_date cut ON cut.full_date = @cut_off
        JOIN dim_date due ON due.full_date = f.effective_due_on
        JOIN dim_dependency d ON d.dependency_id = f.dependency_id
        JOIN dim_entity e ON e.entity_id = f.entity_id
        JOIN dim_petition_type t ON t.type_id = f.type_id
        WHERE f.filed_on BETWEEN @from AND @to
          AND f.term_days IS NOT NULL
          AND (f.answered_on IS NULL OR f.answered_on > @cut_off)
          AND due.business_day_index - cut.business_day_index <= @alert_days
        """;

    // Saturday, Sunday, Monday, and Wednesday 1 May (a holiday).
    private static readonly DateOnly[] CutOffs = [D("2024-04-13"), D("2024-04-14"), D("2024-04-15"), D("2024-05-01")];

    private static readonly int[] AlertDays = [0, 5, 20_000];

    [Theory, MemberData(nameof(Engines))]
    public void List_and_summary_give_what_the_reference_query_gives(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        var keys = Load(test.Warehouse);
        var filters = new (SliceFilter[] Filters, string Clause)[]
        {
            ([], ""),
            ([new SliceFilter(SliceName.Dependency, Hacienda)], $"AND f.dependency_id IN ({keys.Hacienda}, {keys.OtherHacienda})"),
            ([new SliceFilter(SliceName.Type, "queja")], "AND f.type_id IN (2)"),
            ([new SliceFilter(SliceName.Entity, "Gobernación de Prueba"), new SliceFilter(SliceName.Channel, "presencial")],
                $"AND f.entity_id IN ({keys.OtherEntity}) AND f.channel_id IN (1)"),
        };

        // Every cut-off and window unfiltered; each filter on a weekend cut-off and on the widest window.
        var cases = CutOffs.SelectMany(c => AlertDays.Select(d => (CutOff: c, Days: d, Filters: filters[0])))
            .Concat(filters.Skip(1).SelectMany(f => new[] { (CutOffs[0], 5, f), (CutOffs[2], 20_000, f) }));
        var compared = 0;
        var largest = 0;
        foreach (var (cutOff, days, (requestFilters, clause)) in cases)
        {
            var request = new MeasurementRequest(March, cutOff, Filters: requestFilters, AlertDays: days);
            var because = $"corte {cutOff:O}, {days} días, filtros «{clause}»";
            var expected = Reference(test.Warehouse, request, clause);

            PetitionAlerts.List(test.Warehouse, request).Should().Equal(expected, because);
            var counts = CountsOf(expected);
            foreach (var take in Takes(expected))
            {
                var summary = PetitionAlerts.Summarize(test.Warehouse, request, take);
                summary.Dependencies.Should().Equal(counts, because);
                summary.First.Should().Equal(expected.Take(take), $"{because}, primeras {take}");
            }
            compared += expected.Count;
            largest = Math.Max(largest, expected.Count);
        }

        compared.Should().BeGreaterThan(5_000, "el fixture debe dar muchas alertas");
        largest.Should().BeGreaterThan(500, "el corte del tablero (500) debe caer dentro de alguna lista");
    }

    /// <summary>
    /// Cuts at the edges, at 500 (the dashboard's), where the last row shown shares its dependency and due date
    /// with the next one (the cut then falls inside a tie), and right after the first dependencies' last rows.
    /// </summary>
    private static IEnumerable<int> Takes(IReadOnlyList<PetitionAlert> list)
    {
        var insideTies = Enumerable.Range(1, Math.Max(0, list.Count - 1))
            .Where(n => list[n - 1].Dependency == list[n].Dependency && list[n - 1].DueOn == list[n].DueOn)
            .Where((_, i) => i % 11 == 3)
            .Take(2);
        var dependencyEnds = Enumerable.Range(1, Math.Max(0, list.Count - 1))
            .Where(n => list[n - 1].Dependency != list[n].Dependency)
            .Take(2);
        return new[] { 0, 1, 13, 500, list.Count - 1, list.Count, list.Count + 1 }
            .Concat(insideTies).Concat(dependencyEnds).Where(n => n >= 0).Distinct();
    }

    private static List<DependencyAlertCount> CountsOf(IReadOnlyList<PetitionAlert> list) =>
        list.GroupBy(a => a.Dependency)
            .Select(g => new DependencyAlertCount(g.Key, g.LongCount(a => a.IsOverdue), g.LongCount(a => !a.IsOverdue)))
            .OrderBy(c => c.Dependency, SpanishOrder)
            .ToList();

    private static List<PetitionAlert> Reference(IndicadoresServicio.Warehousing.Warehouse warehouse, MeasurementRequest request, string clause)
    {
        using var connection = warehouse.OpenConnection();
        var parameters = new { from = request.Period.From, to = request.Period.To, cut_off = request.CutOff, alert_days = request.AlertDays };
        return connection.Query(warehouse.Sql(ReferenceSql + "\n" + clause), parameters)
            .Select(row => (IDictionary<string, object?>)row)
            .Select(row => new PetitionAlert((string)row["entity"]!, (string)row["dependency"]!, (string)row["radicado"]!,
                (string)row["type_name"]!, DateOf(row["filed_on"]), DateOf(row["due_on"]),
                Convert.ToInt32(row["business_days_left"], CultureInfo.InvariantCulture)))
            .OrderBy(a => a.Dependency, SpanishOrder)
            .ThenBy(a => a.DueOn)
            .ThenBy(a => a.Radicado, StringComparer.Ordinal)
            .ToList();
    }

    private static DateOnly DateOf(object? cell) => cell is DateTime t ? DateOnly.FromDateTime(t) : (DateOnly)cell!;

    private sealed record FixtureKeys(int Hacienda, int OtherHacienda, int OtherEntity);

    /// <summary>
    /// About 1,400 petitions, the same on every run (fixed seed): due dates drawn from few days, so that most
    /// (dependency, due date) pairs hold several petitions, weekends included.
    /// </summary>
    private static FixtureKeys Load(IndicadoresServicio.Warehousing.Warehouse warehouse)
    {
        var fixture = new PetitionFixture(warehouse);
        var entity = fixture.Entity("Alcaldía de Prueba");
        var other = fixture.Entity("Gobernación de Prueba");
        var hacienda = fixture.Dependency(entity, Hacienda);
        var otherHacienda = fixture.Dependency(other, Hacienda);
        int[] dependencies =
        [
            hacienda, otherHacienda, fixture.Dependency(entity, Gobierno), fixture.Dependency(entity, "Área de Tránsito"),
            fixture.Dependency(entity, "secretaría de salud"), fixture.Dependency(entity, "Oficina Jurídica"),
            fixture.Dependency(other, "Despacho del Gobernador"),
        ];
        string[] types = ["peticion", "peticion", "queja", "reclamo", "informacion", "consulta", "felicitacion"];
        var random = new Random(20240413);
        var dueDays = Enumerable.Range(0, 60).Select(i => D("2024-03-25").AddDays(i)).Where((_, i) => i % 3 != 1).ToArray();
        var petitions = new List<FixturePetition>();
        for (var i = 0; i < 1400; i++)
        {
            var dependency = dependencies[random.Next(dependencies.Length)];
            var type = types[random.Next(types.Length)];
            var filed = D("2024-02-26").AddDays(random.Next(40)); // some in February, some in April: outside the period
            DateOnly? due = type == "felicitacion" && random.Next(4) > 0 ? null : dueDays[random.Next(dueDays.Length)];
            DateOnly? answered = random.Next(10) switch
            {
                < 2 => D("2024-04-01").AddDays(random.Next(12)),   // answered before every cut-off
                2 => D("2024-04-14").AddDays(random.Next(20)),     // answered after some cut-offs
                _ => null,
            };
            var extended = random.Next(12) == 0;
            petitions.Add(new FixturePetition(
                // Radicados that order differently ordinally and culturally: upper and lower case, 10 before 9.
                (i % 5 == 0 ? "r-" : "R-") + i.ToString(CultureInfo.InvariantCulture),
                dependency == otherHacienda || dependency == dependencies[^1] ? other : entity,
                dependency, filed, due)
            {
                Type = type,
                Channel = random.Next(2) == 0 ? "presencial" : "virtual",
                TermDays = type == "informacion" ? 10 : null,
                AnsweredOn = answered,
                ExtensionDueOn = extended && due is not null ? due.Value.AddDays(random.Next(1, 15)) : null,
                ExtensionValid = extended ? random.Next(3) > 0 : null,
            });
        }
        // Bad data the reference leaves out because dim_date has no such day (or no day at all).
        petitions.Add(new("FUERA-1", entity, hacienda, D("2024-03-05"), D("2061-01-10")));
        petitions.Add(new("FUERA-2", entity, hacienda, D("2024-03-05"), D("1989-12-29")));
        petitions.Add(new("SIN-VENCIMIENTO", entity, hacienda, D("2024-03-05"), null));
        fixture.Add(petitions.ToArray());
        return new FixtureKeys(hacienda, otherHacienda, other);
    }
}

using Dapper;
using IndicadoresServicio.Core.Terms;
using IndicadoresServicio.TestSupport;

namespace IndicadoresServicio.Warehousing.Tests.ReferenceData;

/// <summary>
/// The seed rows the first migration wrote into the channel and type dimensions are the lists the code defines
/// (<see cref="ReceptionChannels"/>, <see cref="PetitionTypes"/>): a channel or type added on one side only fails here.
/// </summary>
public sealed class SeedRowsTests
{
    public static TheoryEngines Engines => TestWarehouse.Engines;

    [Theory, MemberData(nameof(Engines))]
    public void Dim_channel_holds_the_canonical_channels_and_the_blank_member_with_their_spanish_names(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        using var connection = test.Warehouse.OpenConnection();

        var stored = connection.Query<(string Code, string Name)>("SELECT code, name FROM dim_channel ORDER BY code").ToList();

        stored.Should().BeEquivalentTo(ReceptionChannels.Canonical.Append(ReceptionChannels.Unknown).Select(c => (c.Code, c.Name)));
    }

    [Theory, MemberData(nameof(Engines))]
    public void Dim_petition_type_holds_every_petition_type_with_its_spanish_name(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        using var connection = test.Warehouse.OpenConnection();

        var stored = connection.Query<(string Code, string Name)>("SELECT code, name FROM dim_petition_type ORDER BY code").ToList();

        stored.Should().BeEquivalentTo(PetitionTypes.All.Select(t => (PetitionTypes.Code(t), PetitionTypes.SpanishName(t))));
    }

    /// <summary>
    /// The terms stored beside each type are for analysts reading the warehouse (<c>consultar</c>); the load and the
    /// engine never read them, they take the law from <see cref="LegalTerms"/>. So they must say what it says.
    /// </summary>
    [Theory, MemberData(nameof(Engines))]
    public void Dim_petition_type_states_the_terms_of_the_law_both_ordinary_and_under_decreto_491(WarehouseEngine engine)
    {
        using var test = TestWarehouse.Create(engine);
        using var connection = test.Warehouse.OpenConnection();
        var ordinaryDay = new DateOnly(2024, 1, 15);
        var decree491Day = new DateOnly(2021, 1, 15);

        var stored = connection.Query<(string Code, int? Ordinary, int? Decree491)>(
            "SELECT code, term_days, decree491_term_days FROM dim_petition_type ORDER BY code").ToList();

        LegalTerms.RegimeFor(decree491Day).Should().Be(TermRegime.Decree491);
        stored.Should().BeEquivalentTo(PetitionTypes.All.Select(t =>
            (PetitionTypes.Code(t), LegalTerms.TermDays(t, ordinaryDay), LegalTerms.TermDays(t, decree491Day))));
    }
}

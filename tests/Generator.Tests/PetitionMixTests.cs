using IndicadoresServicio.Generator.Tests.Support;
using IndicadoresServicio.Core.Terms;

namespace IndicadoresServicio.Generator.Tests;

[Collection(GeneratedMunicipalityCollection.Name)]
public sealed class PetitionMixTests(GeneratedMunicipality municipality)
{
    private double Share(Func<GeneratedPetition, bool> which) =>
        municipality.Petitions.Count(which) / (double)municipality.Petitions.Count;

    [Theory]
    [InlineData(PetitionType.Peticion, 0.55, 0.60)]
    [InlineData(PetitionType.Informacion, 0.13, 0.17)]
    [InlineData(PetitionType.Queja, 0.065, 0.095)]
    [InlineData(PetitionType.Reclamo, 0.065, 0.095)]
    [InlineData(PetitionType.Denuncia, 0.02, 0.04)]
    [InlineData(PetitionType.Sugerencia, 0.013, 0.027)]
    [InlineData(PetitionType.Consulta, 0.02, 0.04)]
    [InlineData(PetitionType.Felicitacion, 0.006, 0.014)]
    public void Petition_types_come_in_the_usual_proportions(PetitionType type, double atLeast, double atMost)
    {
        Share(p => p.Type == type).Should().BeInRange(atLeast, atMost);
    }

    [Theory]
    [InlineData(Channel.Virtual, 0.30, 0.42)]
    [InlineData(Channel.Presencial, 0.22, 0.30)]
    [InlineData(Channel.Correo, 0.17, 0.25)]
    [InlineData(Channel.Escrito, 0.07, 0.12)]
    [InlineData(Channel.Telefonico, 0.04, 0.08)]
    [InlineData(Channel.Redes, 0.01, 0.04)]
    public void Every_channel_brings_its_share(Channel channel, double atLeast, double atMost)
    {
        Share(p => p.Channel == channel).Should().BeInRange(atLeast, atMost);
    }

    [Fact]
    public void Twenty_to_thirty_dependencies_receive_very_different_volumes()
    {
        var byDependency = municipality.Petitions.GroupBy(p => p.Dependency).ToDictionary(g => g.Key, g => g.Count());
        var total = (double)municipality.Petitions.Count;

        byDependency.Should().HaveCountGreaterThanOrEqualTo(20).And.HaveCountLessThanOrEqualTo(30);
        (byDependency["Secretaría de Hacienda"] / total).Should().BeGreaterThan(0.10);
        (byDependency.Values.Min() / total).Should().BeLessThan(0.01);
        byDependency.Keys.Should().Contain(["Secretaría de Movilidad", "Secretaría de Salud", "Secretaría de Educación",
            "Secretaría de Planeación", "Despacho del Alcalde", "Oficina de Control Interno", "Oficina de Atención al Ciudadano"]);
    }

    [Fact]
    public void Each_dependency_has_topics_of_its_own()
    {
        var topicsByDependency = municipality.Petitions.GroupBy(p => p.Dependency)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Topic).Distinct().ToArray());

        topicsByDependency.Values.Should().OnlyContain(topics => topics.Length >= 2);
        topicsByDependency.Values.SelectMany(t => t).Should().OnlyHaveUniqueItems("a topic belongs to one dependency");
        topicsByDependency["Secretaría de Hacienda"].Should().Contain("Impuesto predial");
        topicsByDependency["Secretaría de Movilidad"].Should().Contain("Tránsito y comparendos");
        topicsByDependency["Secretaría de Planeación"].Should().Contain(["Licencias de construcción", "SISBEN"]);
    }

    [Fact]
    public void Denuncias_are_often_anonymous_and_other_petitions_rarely()
    {
        var denuncias = municipality.Petitions.Where(p => p.Type == PetitionType.Denuncia).ToArray();
        var others = municipality.Petitions.Where(p => p.Type != PetitionType.Denuncia).ToArray();

        (denuncias.Count(p => p.PetitionerType == PetitionerType.Anonimo) / (double)denuncias.Length).Should().BeInRange(0.25, 0.45);
        (others.Count(p => p.PetitionerType == PetitionerType.Anonimo) / (double)others.Length).Should().BeLessThan(0.05);
        municipality.Petitions.Should().Contain(p => p.PetitionerType == PetitionerType.Juridica)
            .And.Contain(p => p.PetitionerType == PetitionerType.NinoNinaAdolescente);
    }
}

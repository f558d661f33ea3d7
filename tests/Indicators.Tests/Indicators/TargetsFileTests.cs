using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

public sealed class TargetsFileTests
{
    private static IndicatorDefinition Indicator(string code) => IndicatorCatalogue.Find(IndicatorCode.Parse(code))!;

    [Fact]
    public void Without_a_file_the_contract_defaults_apply()
    {
        Targets.Defaults.For(Indicator("PQ-OPO")).Should().Be(new Target(0.95, 0.05));
        Targets.Defaults.For(Indicator("PQ-VEN")).Should().Be(new Target(0.05, 0.05));
        Targets.Defaults.For(Indicator("PQ-TMR")).Should().Be(new Target(10, 5));
        Targets.Defaults.For(Indicator("PQ-VOL")).Should().BeNull();
        Targets.Defaults.For(Indicator("PQ-TRASL"), "Secretaría de Hacienda").Should().BeNull();
    }

    [Fact]
    public void A_file_overrides_per_indicator_and_per_dependency_inheriting_what_it_leaves_out()
    {
        var targets = TargetsFile.Parse("""
            {
              // Comments and trailing commas are allowed: people edit this file by hand.
              "indicadores": {
                "PQ-OPO": { "meta": 0.9, "dependencias": { "Secretaría de Hacienda": { "banda_amarilla": 0.2 } } },
                "PQ-TRASL": { "meta": 0.1, "banda_amarilla": 0.05, },
                "pq-tmr": { "dependencias": { "Secretaría de Salud": { "meta": 12 } } },
              }
            }
            """, "metas.json");

        targets.For(Indicator("PQ-OPO")).Should().Be(new Target(0.9, 0.05));
        targets.For(Indicator("PQ-OPO"), "SECRETARIA DE HACIENDA").Should().Be(new Target(0.9, 0.2));
        targets.For(Indicator("PQ-OPO"), "Secretaría de Gobierno").Should().Be(new Target(0.9, 0.05));
        targets.For(Indicator("PQ-TRASL")).Should().Be(new Target(0.1, 0.05));
        targets.For(Indicator("PQ-TMR")).Should().Be(new Target(10, 5));
        targets.For(Indicator("PQ-TMR"), "Secretaría de Salud").Should().Be(new Target(12, 5));
        targets.For(Indicator("PQ-VEN")).Should().Be(new Target(0.05, 0.05));
    }

    [Fact]
    public void Every_mistake_in_the_file_is_reported_at_once_in_spanish()
    {
        var act = () => TargetsFile.Parse("""
            { "indicadores": {
                "PQ-XYZ": { "meta": 1 },
                "PQ-VOL": { "meta": 100 },
                "PQ-OPO": { "meta": 95, "color": "rojo" },
                "PQ-PEND": { "banda_amarilla": 2 },
                "PQ-VEN": { "meta": -0.1 } } }
            """, "metas.json");

        act.Should().Throw<TargetsException>().Which.Message.Should()
            .Contain("«metas.json» tiene errores")
            .And.Contain("el indicador «PQ-XYZ» no existe")
            .And.Contain("PQ-VOL (Volumen recibido) es informativo")
            .And.Contain("PQ-OPO: «meta» es una proporción: escríbala como fracción entre 0 y 1")
            .And.Contain("PQ-OPO: la clave «color» no se reconoce")
            .And.Contain("PQ-PEND: falta «meta»")
            .And.Contain("PQ-VEN: «meta» no puede ser negativa");
    }

    [Fact]
    public void Broken_json_is_reported_with_its_line()
    {
        var act = () => TargetsFile.Parse("{\n \"indicadores\": {\n \"PQ-OPO\": { \"meta\": 0.9 \n }", "metas.json");

        act.Should().Throw<TargetsException>().WithMessage("*«metas.json» no es JSON válido (línea *");
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var act = () => TargetsFile.Load("/no/existe/metas.json");

        act.Should().Throw<TargetsException>().WithMessage("No existe el archivo de metas «/no/existe/metas.json».");
    }
}

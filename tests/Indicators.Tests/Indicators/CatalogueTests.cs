using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

public sealed class CatalogueTests
{
    [Fact]
    public void The_catalogue_holds_the_seven_petition_and_four_satisfaction_indicators_of_the_contract_each_once()
    {
        IndicatorCatalogue.All.Where(i => i.Source == MeasureSources.Petitions).Select(i => i.Code.Text).Should().Equal("PQ-VOL", "PQ-RESP", "PQ-TMR", "PQ-OPO", "PQ-VEN", "PQ-PEND", "PQ-TRASL");
        IndicatorCatalogue.All.Should().OnlyContain(i => i.Name.Length > 0 && i.Description.Length > 0 && i.Formula.Length > 0);
        IndicatorCatalogue.Find(IndicatorCode.Parse(" pq-opo "))!.Name.Should().Be("Oportunidad de respuesta");
        IndicatorCatalogue.Find(IndicatorCode.Parse("PQ-NADA")).Should().BeNull();
    }

    [Fact]
    public void Rates_have_a_denominator_and_counts_do_not()
    {
        foreach (var indicator in IndicatorCatalogue.All)
            (indicator.Denominator is null).Should().Be(indicator.Unit == IndicatorUnit.Count, indicator.Code.Text);
    }

    [Fact]
    public void Only_judged_indicators_carry_default_targets()
    {
        IndicatorCatalogue.All.Where(i => i.Source == MeasureSources.Petitions && i.DefaultTarget is not null).Select(i => i.Code.Text).Should().Equal("PQ-TMR", "PQ-OPO", "PQ-VEN");
        IndicatorCatalogue.All.Where(i => i.Direction == IndicatorDirection.Informative).Should().OnlyContain(i => i.DefaultTarget == null);
    }

    [Fact]
    public void Slices_are_whitelisted_sql_and_user_text_never_reaches_the_query()
    {
        var script = "SELECT x{{slice_keys}} FROM f WHERE 1 = 1 {{filters}} GROUP BY y{{slice_group}} -- {{slice_labels}} FROM m{{slice_joins}}";
        var dependency = MeasureSources.Petitions.FindSlice(SliceName.Parse("DEPENDENCIA"))!;

        var sql = MeasureQuery.Compose(script, [dependency], "AND f.channel_id IN (1)\n");

        sql.Should().Be("SELECT x, f.dependency_id AS slice_key_1 FROM f WHERE 1 = 1 AND f.channel_id IN (1)\n GROUP BY y, slice_key_1 -- " +
            ", CAST(slice_key_1 AS VARCHAR) AS slice_text_1, slice_dimension_1.name AS slice_label_1 FROM m" +
            "\nLEFT JOIN dim_dependency slice_dimension_1 ON slice_dimension_1.dependency_id = slice_key_1");
        MeasureSources.Petitions.FindSlice(SliceName.Parse("dependency_id; DROP TABLE fct_petition")).Should().BeNull();
    }

    [Fact]
    public void Satisfaction_figures_flag_small_samples_and_SA_T2B_carries_its_interval()
    {
        IndicatorCatalogue.All.Where(i => i.SampleMeasure is not null).Select(i => i.Code.Text).Should().Equal("SA-T2B", "SA-MEAN", "SA-NPS");
        IndicatorCatalogue.Find(IndicatorCode.Satisfaction)!.Statistics.Select(s => s.Name.Code).Should().Equal("intervalo_inferior", "intervalo_superior");
        IndicatorDefinition.MinimumSample.Should().Be(30);
        MeasureSources.Surveys.Slices.Select(s => s.Name.Code).Should().Equal("entidad", "dependencia", "canal", "mes", "pregunta", "dimension", "grupo_valor", "oportunidad", "tiempo_respuesta");
    }

    [Fact]
    public void A_script_missing_a_placeholder_is_a_bug_caught_at_once()
    {
        var act = () => MeasureQuery.Compose("SELECT 1", [], "");

        act.Should().Throw<InvalidOperationException>().WithMessage("*{{slice_keys}}*");
    }
}

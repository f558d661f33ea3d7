using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;
using IndicadoresServicio.Warehousing;
using IndicadoresServicio.TestSupport;
using static IndicadoresServicio.Indicators.Tests.Indicators.MarchCohort;

namespace IndicadoresServicio.Indicators.Tests.Indicators;

public sealed class RequestChecksTests
{
    public static TheoryData<MeasurementRequest, string> BadRequests => new()
    {
        { Request() with { Indicators = [IndicatorCode.OnTime, IndicatorCode.Parse("PQ-XYZ")] }, $"El indicador «PQ-XYZ» no existe. Indicadores: {IndicatorCatalogue.Codes}." },
        { Request("secretaria"), "No se puede desagregar por «secretaria». Opciones: entidad, dependencia, canal, tipo, tema, mes." },
        { Request("dependencia", "canal", "mes"), "Se admiten a lo sumo 2 desagregaciones a la vez; se pidieron 3 (dependencia, canal, mes)." },
        { Request("canal", "Canal"), "La desagregación «canal» está repetida." },
        { new MeasurementRequest(March, D("2024-03-30")), "La fecha de corte (2024-03-30) es anterior al fin del periodo (2024-03-31)*" },
        { new MeasurementRequest(Period.Of(D("1984-01-01"), D("1984-12-31")), D("1985-01-31")), "Las fechas deben estar entre 1985 y 2099*" },
        { Request() with { Filters = [new SliceFilter(SliceName.Month, "2024-03")] }, "No se puede filtrar por mes. Filtros: entidad, dependencia, canal, tipo, tema." },
    };

    [Theory, MemberData(nameof(BadRequests))]
    public void A_request_the_catalogue_cannot_answer_is_refused_in_spanish_before_any_query(MeasurementRequest request, string message)
    {
        using var test = TestWarehouse.Create(WarehouseEngine.DuckDb);

        var act = () => IndicatorPanel.Measure(test.Warehouse, request, Targets.Defaults);

        act.Should().Throw<MeasurementException>().WithMessage(message);
    }

    [Fact]
    public void Indicator_codes_are_accepted_in_any_case_and_kept_in_the_order_asked()
    {
        using var test = TestWarehouse.Create(WarehouseEngine.DuckDb);

        var panel = IndicatorPanel.Measure(test.Warehouse, Request() with { Indicators = [IndicatorCode.Parse("pq-ven"), IndicatorCode.Volume, IndicatorCode.Overdue] }, Targets.Defaults);

        panel.Results.Select(r => r.Code).Should().Equal(IndicatorCode.Overdue, IndicatorCode.Volume);
    }
}

using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Panels;

/// <summary>The tables of Resumen: the indicator panel, one row per indicator, numbers kept numbers for the download.</summary>
public static class SummaryTables
{
    public const string IndicatorsKey = "indicadores";

    public static ReportTable Indicators(Panel panel) => new("Indicadores del periodo",
        ["Código", "Indicador", "Valor", "Unidad", "Meta", "Semáforo", "Periodo anterior", "Cambio", "Mediana", "P90"],
        panel.Results.Select(r => (IReadOnlyList<object?>)
        [
            r.Code.Text, r.Indicator.Name, IndicatorText.Shown(r.Indicator.Unit, r.Value), IndicatorText.UnitWord(r.Indicator.Unit),
            IndicatorText.Target(r.Indicator, r.Target), PanelLights.Cell(r.Light),
            IndicatorText.Shown(r.Indicator.Unit, r.PreviousValue), IndicatorText.Shown(r.Indicator.Unit, r.Change),
            IndicatorText.Shown(r.Indicator.Unit, r.Statistic(StatisticName.Median)), IndicatorText.Shown(r.Indicator.Unit, r.Statistic(StatisticName.P90)),
        ]).ToList());
}

using IndicadoresServicio.Dashboard.Web.Panels;
using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Municipalities;

/// <summary>The Municipios page's tables (shown and downloaded alike).</summary>
public static class MunicipalityTables
{
    public const string RankingKey = "municipios";
    public const string TrendKey = "tendencia";

    public static ReportTable Ranking(MunicipalityComparison comparison, Func<string, string?> linkOf)
    {
        object? Value(MunicipalityRow row, string code) =>
            row.Result(code) is { } r ? IndicatorText.Shown(r.Indicator.Unit, r.Value) : null;
        object Light(MunicipalityRow row, string code) => PanelLights.Cell(row.Result(code)?.Light ?? Indicators.Catalogue.TrafficLight.SinDatos);
        return new ReportTable("Municipios por oportunidad de respuesta",
            ["Puesto", "Municipio", "Radicadas", "Oportunidad (%)", "Semáforo", "Vencidas (%)", "Semáforo", "Días hábiles para responder", "Semáforo",
                "Oportunidad en el periodo anterior (%)", "Cambio (puntos)"],
            comparison.Rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Position is { } p ? (long)p : null,
                linkOf(r.Entity) is { } href ? new LinkCell(r.Entity, href) : r.Entity,
                Value(r, "PQ-VOL"), Value(r, "PQ-OPO"), Light(r, "PQ-OPO"), Value(r, "PQ-VEN"), Light(r, "PQ-VEN"), Value(r, "PQ-TMR"), Light(r, "PQ-TMR"),
                IndicatorText.Shown(IndicatorUnit.Proportion, r.OnTimeBefore), IndicatorText.Shown(IndicatorUnit.Proportion, r.OnTimeChange),
            ]).ToList());
    }

    /// <summary>One municipality's months: petitions filed and their timeliness.</summary>
    public static ReportTable Trend(string entity, IReadOnlyList<IndicatorResult> byMonth)
    {
        var months = byMonth.GroupBy(r => r.SliceValueOf(SliceName.Month)!).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        return new ReportTable($"Tendencia mensual: {entity}", ["Mes", "Radicadas", "Oportunidad (%)"],
            months.Select(g => (IReadOnlyList<object?>)
            [
                g.Key,
                g.FirstOrDefault(r => r.Code == "PQ-VOL") is { } volume ? IndicatorText.Shown(volume.Indicator.Unit, volume.Value) : null,
                g.FirstOrDefault(r => r.Code == "PQ-OPO") is { } onTime ? IndicatorText.Shown(onTime.Indicator.Unit, onTime.Value) : null,
            ]).ToList());
    }
}

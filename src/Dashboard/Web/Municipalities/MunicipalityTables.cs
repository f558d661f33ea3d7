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
        object? Value(MunicipalityRow row, IndicatorCode code) =>
            row.Result(code) is { } r ? IndicatorText.Shown(r.Indicator.Unit, r.Value) : null;
        object Light(MunicipalityRow row, IndicatorCode code) => PanelLights.Cell(row.Result(code)?.Light ?? Indicators.Catalogue.TrafficLight.SinDatos);
        return new ReportTable("Municipios por oportunidad de respuesta",
            ["Puesto", "Municipio", "Radicadas", "Oportunidad (%)", "Semáforo", "Vencidas (%)", "Semáforo", "Días hábiles para responder", "Semáforo",
                "Oportunidad en el periodo anterior (%)", "Cambio (puntos)"],
            comparison.Rows.Select(r => (IReadOnlyList<object?>)
            [
                r.Position is { } p ? (long)p : null,
                linkOf(r.Entity) is { } href ? new LinkCell(r.Entity, href) : r.Entity,
                Value(r, IndicatorCode.Volume), Value(r, IndicatorCode.OnTime), Light(r, IndicatorCode.OnTime), Value(r, IndicatorCode.Overdue), Light(r, IndicatorCode.Overdue), Value(r, IndicatorCode.AnswerTime), Light(r, IndicatorCode.AnswerTime),
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
                g.FirstOrDefault(r => r.Code == IndicatorCode.Volume) is { } volume ? IndicatorText.Shown(volume.Indicator.Unit, volume.Value) : null,
                g.FirstOrDefault(r => r.Code == IndicatorCode.OnTime) is { } onTime ? IndicatorText.Shown(onTime.Indicator.Unit, onTime.Value) : null,
            ]).ToList());
    }
}

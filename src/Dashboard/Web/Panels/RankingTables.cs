using IndicadoresServicio.Dashboard.Web.Tables;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Panels;

/// <summary>The ranking of Comparación de dependencias: best first by the indicator's direction, each against the entity.</summary>
public static class RankingTables
{
    public const string RankingKey = "escalafon";

    public static ReportTable Ranking(IndicatorDefinition indicator, IReadOnlyList<RankedDependency> ranked, double? entityValue,
        Func<string, string?> linkOf)
    {
        var unit = IndicatorText.UnitWord(indicator.Unit);
        double? Shown(double? v) => IndicatorText.Shown(indicator.Unit, v);
        return new ReportTable($"Escalafón {indicator.Code}",
            ["Posición", "Dependencia", $"Valor ({unit})", $"Periodo anterior ({unit})", "Cambio", "Frente a la entidad", "Semáforo"],
            ranked.Select(r => (IReadOnlyList<object?>)
            [
                r.Position is { } p ? (long)p : null,
                linkOf(r.Dependency) is { } href ? new LinkCell(r.Dependency, href) : r.Dependency,
                Shown(r.Value), Shown(r.PreviousValue), Shown(r.Change), Shown(r.Value - entityValue), PanelLights.Cell(r.Light),
            ]).ToList());
    }
}

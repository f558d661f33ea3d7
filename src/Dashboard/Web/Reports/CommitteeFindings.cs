using IndicadoresServicio.Dashboard.CommandLine.PanelOutput;
using IndicadoresServicio.Dashboard.Web.Charting;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// Findings written from the data for the Comité, each with its figure: the largest changes in on-time rate against
/// the previous period, the worst on-time rates, and the topics that grew most. At most three of each, so the
/// Comité reads what matters rather than every row again.
/// </summary>
internal static class CommitteeFindings
{
    private const int Shown = 3;

    public sealed record Finding(string Title, IReadOnlyList<string> Sentences, ChartHtml? Chart);

    public static IReadOnlyList<Finding> From(IReadOnlyList<IndicatorResult> onTimeByDependency, Panel volumeByTopic)
    {
        var changes = onTimeByDependency.Where(r => r.Change is not null)
            .OrderByDescending(r => Math.Abs(r.Change!.Value)).ThenBy(Dependency, StringComparer.Ordinal).Take(Shown).ToList();
        var worst = DependencyRanking.Rank(onTimeByDependency).Where(r => r.Value is not null).TakeLast(Shown).Reverse().ToList();
        var growing = volumeByTopic.Results.Where(r => r.Change > 0)
            .OrderByDescending(r => r.Change).ThenBy(r => r.SliceValueOf(SliceName.Topic), StringComparer.Ordinal).Take(Shown).ToList();
        const string percent = "% oportunas";
        return
        [
            new("Mayores cambios frente al periodo anterior",
                changes.Count == 0 ? ["Ninguna dependencia tiene oportunidad de respuesta en ambos periodos para comparar."]
                    : changes.Select(r => $"{Dependency(r)}: la oportunidad de respuesta pasó de {Rate(r.PreviousValue)} a {Rate(r.Value)} " +
                        $"({SpanishFigures.Change(IndicatorUnit.Proportion, r.Change)}).").ToList(),
                changes.Count == 0 ? null : Charts.Bar("Cambio en oportunidad de respuesta (puntos porcentuales)",
                    changes.Select(Dependency).ToList(), changes.Select(r => Math.Round(r.Change!.Value * 100, 1)).ToList(), "Puntos porcentuales")),
            new("Menor oportunidad de respuesta",
                worst.Count == 0 ? ["Ninguna dependencia respondió peticiones con término en el periodo."]
                    : worst.Select(r => $"{r.Dependency}: {Rate(r.Value)} de las peticiones con término respondidas a tiempo " +
                        $"(puesto {r.Position} de {onTimeByDependency.Count(x => x.Value is not null)}).").ToList(),
                worst.Count == 0 ? null : Charts.Bar("Dependencias con menor oportunidad (%)",
                    worst.Select(r => r.Dependency).ToList(), worst.Select(r => Math.Round(r.Value!.Value * 100, 1)).ToList(), percent)),
            new("Temas que más crecieron",
                growing.Count == 0 ? ["Ningún tema recibió más peticiones que en el periodo anterior."]
                    : growing.Select(r => $"{r.SliceValueOf(SliceName.Topic)}: {SpanishFigures.Count(r.PreviousValue ?? 0)} → {SpanishFigures.Count(r.Value ?? 0)} " +
                        $"peticiones ({SpanishFigures.Change(IndicatorUnit.Count, r.Change)}).").ToList(),
                growing.Count == 0 ? null : Charts.Bar("Crecimiento de peticiones por tema",
                    growing.Select(r => r.SliceValueOf(SliceName.Topic)!).ToList(), growing.Select(r => r.Change!.Value).ToList(), "Peticiones más que el periodo anterior")),
        ];
    }

    private static string Dependency(IndicatorResult r) => r.SliceValueOf(SliceName.Dependency)!;

    private static string Rate(double? value) => SpanishFigures.Value(IndicatorUnit.Proportion, value);
}

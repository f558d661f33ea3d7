using IndicadoresServicio.Dashboard.CommandLine.PanelOutput;
using IndicadoresServicio.Indicators.Catalogue;
using IndicadoresServicio.Indicators.Measurement;

namespace IndicadoresServicio.Dashboard.Web.Reports;

/// <summary>
/// The annual report's findings, written from the vigencia's figures, each sentence with the figures behind it:
/// the dependencies below the on-time target (those that met it the year before first), the ones that improved
/// most, the largest changes in volume, and where satisfaction and timeliness disagree. The Mesa Técnica reads
/// them as a starting point for its own conclusions, not as conclusions.
/// </summary>
internal static class AnnualFindings
{
    private const int Shown = 3;

    public sealed record Finding(string Title, IReadOnlyList<string> Sentences);

    /// <param name="byDependency">PQ-OPO, PQ-TMR and PQ-VOL by dependency, named per entity (<see cref="EntityDependencies"/>).</param>
    public static IReadOnlyList<Finding> From(ReportContext context, Period period, DateOnly cutOff, IReadOnlyList<IndicatorResult> byDependency)
    {
        var onTime = byDependency.Where(r => r.Code == IndicatorCode.OnTime && r.Value is not null).ToList();
        var satisfaction = EntityDependencies.Named(IndicatorPanel.Measure(context.Warehouse,
            context.Scoped(period, cutOff, [IndicatorCode.Satisfaction], EntityDependencies.Slices) with { ComparePrevious = false }, context.Targets).Results);
        return
        [
            BelowTarget(onTime),
            Improved(onTime, byDependency.Where(r => r.Code == IndicatorCode.AnswerTime && r.Change is not null).ToList()),
            LargestChanges(byDependency.Where(r => r.Code == IndicatorCode.Volume && r.Change is not null && r.Change != 0).ToList()),
            Disagreements(onTime, satisfaction),
        ];
    }

    private static Finding BelowTarget(IReadOnlyList<IndicatorResult> onTime)
    {
        var below = onTime.Where(r => r.Light is TrafficLight.Rojo or TrafficLight.Amarillo)
            .OrderByDescending(r => MetBefore(r)).ThenBy(r => r.Value).ThenBy(Dependency, StringComparer.Ordinal).ToList();
        var target = onTime.Select(r => r.Target).FirstOrDefault(t => t is not null);
        if (below.Count == 0)
            return new("Dependencias por debajo de la meta de oportunidad", [onTime.Count == 0
                ? "Ninguna dependencia respondió peticiones con término en la vigencia."
                : $"Todas las dependencias con peticiones respondidas cumplieron la meta de oportunidad ({Target(onTime[0])})."]);
        return new($"Dependencias por debajo de la meta de oportunidad ({below.Count} de {onTime.Count})",
            below.Select(r => $"{Dependency(r)}: {Rate(r.Value)} de sus peticiones con término respondidas a tiempo, meta {Target(r)}" +
                (MetBefore(r) ? $"; en la vigencia anterior cumplía la meta con {Rate(r.PreviousValue)}." :
                    r.PreviousValue is null ? "; sin cifra de la vigencia anterior." : $"; en la vigencia anterior tenía {Rate(r.PreviousValue)}.")).ToList());
    }

    private static Finding Improved(IReadOnlyList<IndicatorResult> onTime, IReadOnlyList<IndicatorResult> days)
    {
        var rates = onTime.Where(r => r.Change > 0).OrderByDescending(r => r.Change).ThenBy(Dependency, StringComparer.Ordinal).Take(Shown)
            .Select(r => $"{Dependency(r)}: la oportunidad de respuesta pasó de {Rate(r.PreviousValue)} a {Rate(r.Value)} " +
                $"({SpanishFigures.Change(IndicatorUnit.Proportion, r.Change)}).");
        var faster = days.Where(r => r.Change < 0).OrderBy(r => r.Change).ThenBy(Dependency, StringComparer.Ordinal).Take(Shown)
            .Select(r => $"{Dependency(r)}: el tiempo medio de respuesta bajó de {Days(r.PreviousValue)} a {Days(r.Value)} " +
                $"({SpanishFigures.Change(IndicatorUnit.BusinessDays, r.Change)}).");
        var sentences = rates.Concat(faster).ToList();
        return new("Dependencias que más mejoraron", sentences.Count > 0 ? sentences
            : ["Ninguna dependencia mejoró su oportunidad ni su tiempo de respuesta frente a la vigencia anterior."]);
    }

    private static Finding LargestChanges(IReadOnlyList<IndicatorResult> volumes)
    {
        var largest = volumes.OrderByDescending(r => Math.Abs(r.Change!.Value)).ThenBy(Dependency, StringComparer.Ordinal).Take(Shown).ToList();
        return new("Mayores cambios en el volumen de peticiones", largest.Count == 0
            ? ["Ninguna dependencia cambió su volumen de peticiones frente a la vigencia anterior."]
            : largest.Select(r => $"{Dependency(r)}: {SpanishFigures.Count(r.PreviousValue ?? 0)} → {SpanishFigures.Count(r.Value ?? 0)} peticiones " +
                $"({SpanishFigures.Change(IndicatorUnit.Count, r.Change)}" +
                (r.PreviousValue > 0 ? ", " + RelativeChange(r.Change!.Value / r.PreviousValue!.Value) : "") + ").").ToList());
    }

    /// <summary>
    /// Dependencies whose satisfaction (with a sufficient sample) and timeliness sit on opposite sides of their
    /// targets: answering on time is not what citizens judge there, or they forgive the delays.
    /// </summary>
    private static Finding Disagreements(IReadOnlyList<IndicatorResult> onTime, IReadOnlyList<IndicatorResult> satisfaction)
    {
        var sentences = new List<string>();
        foreach (var t2b in satisfaction.Where(r => r.Value is not null && !r.InsufficientSample).OrderBy(Dependency, StringComparer.Ordinal))
        {
            var timely = onTime.FirstOrDefault(r => Dependency(r) == Dependency(t2b));
            if (timely is null || Met(timely) is not { } onTimeMet || Met(t2b) is not { } satisfied || onTimeMet == satisfied)
                continue;
            var figures = $"oportunidad {Rate(timely.Value)} (meta {Target(timely)}), satisfacción {Rate(t2b.Value)} (meta {Target(t2b)}, " +
                $"{SpanishFigures.Count(t2b.SampleSize ?? 0)} respuestas válidas)";
            sentences.Add(onTimeMet
                ? $"{Dependency(t2b)} responde a tiempo pero los ciudadanos no quedan satisfechos: {figures}. La demora no explica la insatisfacción; conviene revisar la calidad de las respuestas y de la atención."
                : $"{Dependency(t2b)} tiene ciudadanos satisfechos aunque responde tarde: {figures}.");
        }
        return new("Donde la satisfacción y la oportunidad no coinciden", sentences.Count > 0 ? sentences
            : ["En ninguna dependencia con al menos 30 respuestas válidas la satisfacción y la oportunidad quedan a lados distintos de sus metas."]);
    }

    /// <summary>Whether the value meets the target; null when there is no value, no target, or it is informative.</summary>
    private static bool? Met(IndicatorResult r) => r.Light switch
    {
        TrafficLight.Verde => true,
        TrafficLight.Amarillo or TrafficLight.Rojo => false,
        _ => null,
    };

    private static bool MetBefore(IndicatorResult r) =>
        r.PreviousValue is { } v && r.Target is { } t && (r.Indicator.Direction == IndicatorDirection.HigherIsBetter ? v >= t.Goal : v <= t.Goal);

    /// <summary>+50,0 %, -12,5 %: a change relative to the previous figure (a percentage, not percentage points).</summary>
    private static string RelativeChange(double fraction) =>
        (fraction > 0 ? "+" : fraction < 0 ? "-" : "") + SpanishFigures.OneDecimal(Math.Abs(fraction) * 100) + " %";

    private static string Dependency(IndicatorResult r) => r.SliceValueOf(SliceName.Dependency)!;

    private static string Rate(double? value) => SpanishFigures.Value(IndicatorUnit.Proportion, value);

    private static string Days(double? value) => SpanishFigures.Value(IndicatorUnit.BusinessDays, value);

    private static string Target(IndicatorResult r) => SpanishFigures.Target(r.Indicator, r.Target);
}

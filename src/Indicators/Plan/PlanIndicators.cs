using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Indicators.Plan;

/// <summary>
/// The development-plan rows of the catalogue (contract: "Development-plan goals"). Every aggregate is the mean of its
/// goals' values weighted by the profile's "peso" (1 when none): numerator sum(peso × valor), denominator sum(peso).
/// The traffic light's default target, 80 % with a 20-point amber band, puts rojo exactly where a goal becomes a ruta
/// crítica (PD-EF under 60 %); the five bands are the contract's.
/// </summary>
public static class PlanIndicators
{
    /// <summary>PD-EF under this at the cut-off makes a goal a ruta crítica (the contract).</summary>
    public const double CriticalEfficacy = 0.6;

    private static readonly MeasureSource Plan = PlanSource.Definition;
    private static readonly Target DefaultTarget = new(0.8, 0.2);

    public static IndicatorDefinition Progress { get; } = WeightedMean(IndicatorCode.PlanYearProgress, "Avance del año",
        "Por meta: lo ejecutado en el periodo hasta la fecha de corte sobre lo programado para todo el periodo, sin pasar de 100 %; promedio ponderado de las metas programadas.",
        "min(1, ejecutado al corte / programado en el periodo)",
        "year_progress");

    public static IndicatorDefinition Efficacy { get; } = WeightedMean(IndicatorCode.PlanEfficacy, "Eficacia a la fecha",
        "Por meta: lo ejecutado sobre lo programado en los trimestres (o años) del periodo ya terminados a la fecha de corte, sin pasar de 100 %; promedio ponderado.",
        "min(1, ejecutado / programado, ambos en los trimestres terminados al corte)",
        "efficacy");

    public static IndicatorDefinition FourYearProgress { get; } = WeightedMean(IndicatorCode.PlanFourYearProgress, "Avance del cuatrienio",
        "Por meta, según su tipo de acumulación y hasta la fecha de corte: suma y flujo, ejecutado acumulado sobre la meta del cuatrienio; incremento, (último valor − línea base) / (meta − línea base); reducción, (línea base − último valor) / (línea base − meta); mantenimiento y capacidad, promedio del avance de cada año; entre 0 y 100 %; promedio ponderado.",
        "según el tipo de acumulación, entre 0 y 1",
        "four_year_progress");

    public static IndicatorDefinition Programmed { get; } = new(IndicatorCode.PlanGoalsProgrammed, "Metas programadas",
        "Metas de producto con algo programado en el periodo.",
        "metas programadas en el periodo",
        IndicatorUnit.Count, IndicatorDirection.Informative, null, Plan, "goals_programmed");

    public static IReadOnlyList<IndicatorDefinition> All { get; } = [Progress, Efficacy, FourYearProgress, Programmed];

    /// <summary>
    /// A goal figure averaged over the goals by their weight, judged in the five bands: plan_measures.sql yields
    /// <c>{measure}_weighted</c>, sum(peso × valor), and <c>{measure}_weight</c>, sum(peso) of the goals that have a value.
    /// </summary>
    private static IndicatorDefinition WeightedMean(IndicatorCode code, string name, string description, string formula, string measure) =>
        new(code, name, description, formula, IndicatorUnit.Proportion, IndicatorDirection.HigherIsBetter, DefaultTarget, Plan,
            $"{measure}_weighted", $"{measure}_weight")
        { Bands = PerformanceBands.Default };
}

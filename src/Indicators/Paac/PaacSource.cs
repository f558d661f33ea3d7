using IndicadoresServicio.Indicators.Catalogue;

namespace IndicadoresServicio.Indicators.Paac;

/// <summary>
/// The PAAC/PTEP measure source (<c>fct_paac_activity</c> and its follow-ups) and its indicators. Its periods are
/// vigencias: a period selects the plans of the years it touches, and the cut-off, which may fall inside the period,
/// chooses the follow-up (April 30, August 31, December 31).
/// </summary>
public static class PaacSource
{
    /// <summary>Zones of the contract: 0-59 % rojo, 60-79 % amarillo, 80-100 % verde (configurable in config/metas.json).</summary>
    public static Target Zones { get; } = new(0.80, 0.20);

    public static MeasureSource Source { get; } = new(
        "paac",
        [new("indicators/paac_measures.sql", ["due", "completed", "lagging", "unreported", "avance_sum", "avance_count"])],
        "due",
        [
            StandardSlices.Entity,
            new(SliceName.PaacPlan, "Plan", "CASE WHEN f.plan_code = 'PTEP' THEN 2 ELSE 1 END",
                "CASE WHEN {key} = 2 THEN 'PTEP' ELSE 'PAAC' END",
                "SELECT 1 AS slice_key, 'PAAC' AS name, 'PAAC' AS code UNION ALL SELECT 2, 'PTEP', 'PTEP'"),
            StandardSlices.Of(SliceName.Component, "Componente", "dim_paac_component", "component_id", code: "CAST(number AS VARCHAR)"),
            StandardSlices.Of(SliceName.Subcomponent, "Subcomponente", "dim_paac_subcomponent", "subcomponent_id", missing: "Sin subcomponente"),
            // An activity may have no responsible dependency, unlike a petition.
            StandardSlices.Of(SliceName.Dependency, "Dependencia", "dim_dependency", "dependency_id", missing: "Sin responsable"),
            new(SliceName.Vigencia, "Vigencia", "f.vigencia",
                "CAST({key} AS VARCHAR)",
                null,
                ComparableAcrossPeriods: false),
        ])
    {
        CutOffMayPrecedePeriodEnd = true,
    };

    public static IReadOnlyList<IndicatorDefinition> Indicators { get; } =
    [
        new(IndicatorCode.PaacProgress, "Avance del plan",
            "Por componente, el promedio del avance de sus actividades vencidas al corte (programadas hasta esa fecha); el del plan, el promedio de sus componentes con algo vencido; por dependencia o subcomponente, el promedio de sus propias actividades vencidas. Sin reporte en el seguimiento cuenta 0 %.",
            "promedio del avance de las actividades vencidas (del plan: promedio de los componentes)",
            IndicatorUnit.Proportion, IndicatorDirection.HigherIsBetter, Zones, Source, "avance_sum", "avance_count"),
        new(IndicatorCode.PaacCompleted, "Actividades cumplidas",
            "Proporción de las actividades vencidas al corte que el seguimiento de ese corte reporta al 100 %.",
            "vencidas al 100 % / vencidas",
            IndicatorUnit.Proportion, IndicatorDirection.HigherIsBetter, Zones, Source, "completed", "due"),
        new(IndicatorCode.PaacLagging, "Actividades rezagadas",
            "Actividades vencidas al corte por debajo del 100 % (las sin reporte incluidas), listadas con su responsable.",
            "vencidas por debajo del 100 %",
            IndicatorUnit.Count, IndicatorDirection.LowerIsBetter, null, Source, "lagging",
            Statistics: [new IndicatorStatistic(StatisticName.Unreported, "unreported")]),
    ];
}

namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// The catalogue of indicators (MIPG, relacionamiento Estado-ciudadano): the one place that defines each of
/// them. Default targets come from the contract where it gives one; amber bands are ours (see docs/metas.md):
/// PQ-OPO ≥ 95 % verde, 90–95 % amarillo; PQ-VEN ≤ 5 % verde, 5–10 % amarillo; PQ-TMR ≤ 10 días verde,
/// 10–15 días amarillo (15 is the general legal term). Installations override them in config/metas.json.
/// </summary>
public static class IndicatorCatalogue
{
    private static readonly MeasureSource Petitions = MeasureSources.Petitions;

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new("PQ-VOL", "Volumen recibido",
            "Peticiones radicadas en el periodo, felicitaciones incluidas.",
            "radicadas en el periodo",
            IndicatorUnit.Count, IndicatorDirection.Informative, null, Petitions, "filed"),
        new("PQ-RESP", "Respondidas",
            "Peticiones del periodo respondidas a la fecha de corte, felicitaciones incluidas.",
            "respondidas a la fecha de corte",
            IndicatorUnit.Count, IndicatorDirection.Informative, null, Petitions, "answered"),
        new("PQ-TMR", "Tiempo medio de respuesta",
            "Promedio de días hábiles entre la radicación y la respuesta de las peticiones con término respondidas a la fecha de corte; con mediana y percentil 90.",
            "suma de días hábiles de respuesta / respondidas con término",
            IndicatorUnit.BusinessDays, IndicatorDirection.LowerIsBetter, new Target(10, 5), Petitions,
            "days_to_answer_sum", "days_to_answer_count",
            [new IndicatorStatistic("mediana", "days_to_answer_median"), new IndicatorStatistic("p90", "days_to_answer_p90")]),
        new("PQ-OPO", "Oportunidad de respuesta",
            "Proporción de las peticiones con término respondidas a la fecha de corte que se respondieron a más tardar en su vencimiento (con la prórroga válida).",
            "oportunas / respondidas con término",
            IndicatorUnit.Proportion, IndicatorDirection.HigherIsBetter, new Target(0.95, 0.05), Petitions,
            "oportuno", "answered_with_term"),
        new("PQ-VEN", "Tasa de vencimiento",
            "Proporción de las peticiones con término radicadas en el periodo que a la fecha de corte se respondieron tarde o están vencidas sin respuesta.",
            "(no oportunas + vencidas) / radicadas con término",
            IndicatorUnit.Proportion, IndicatorDirection.LowerIsBetter, new Target(0.05, 0.05), Petitions,
            "late", "filed_with_term"),
        new("PQ-PEND", "Pendientes por vencer",
            "Peticiones sin respuesta a la fecha de corte que vencen dentro de los 5 días hábiles siguientes (el corte cuenta como día 0).",
            "sin respuesta, en término, con vencimiento a 5 días hábiles o menos del corte",
            IndicatorUnit.Count, IndicatorDirection.LowerIsBetter, null, Petitions, "due_soon"),
        new("PQ-TRASL", "Traslados por competencia",
            "Proporción de las peticiones con término radicadas en el periodo que se trasladaron a otra entidad (Ley 1755 de 2015, art. 21).",
            "trasladadas / radicadas con término",
            IndicatorUnit.Proportion, IndicatorDirection.LowerIsBetter, null, Petitions, "transferred", "filed_with_term"),
        .. Paac.PaacSource.Indicators,
        .. Plan.PlanIndicators.All,
    ];

    public static IndicatorDefinition? Find(string code) =>
        All.FirstOrDefault(i => string.Equals(i.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string Codes => string.Join(", ", All.Select(i => i.Code));
}

namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>
/// The catalogue of indicators (MIPG, relacionamiento Estado-ciudadano): the one place that defines each of
/// them. Default targets come from the contract where it gives one; amber bands are ours (see docs/metas.md):
/// PQ-OPO ≥ 95 % verde, 90–95 % amarillo; PQ-VEN ≤ 5 % verde, 5–10 % amarillo; PQ-TMR ≤ 10 días verde,
/// 10–15 días amarillo (15 is the general legal term); SA-T2B ≥ 80 % verde, 70–80 % amarillo. Installations override them in config/metas.json.
/// </summary>
public static class IndicatorCatalogue
{
    private static readonly MeasureSource Petitions = MeasureSources.Petitions;
    private static readonly MeasureSource Surveys = MeasureSources.Surveys;

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
    [
        new(IndicatorCode.Volume, "Volumen recibido",
            "Peticiones radicadas en el periodo, felicitaciones incluidas.",
            "radicadas en el periodo",
            IndicatorUnit.Count, IndicatorDirection.Informative, null, Petitions, "filed"),
        new(IndicatorCode.Answered, "Respondidas",
            "Peticiones del periodo respondidas a la fecha de corte, felicitaciones incluidas.",
            "respondidas a la fecha de corte",
            IndicatorUnit.Count, IndicatorDirection.Informative, null, Petitions, "answered"),
        new(IndicatorCode.AnswerTime, "Tiempo medio de respuesta",
            "Promedio de días hábiles entre la radicación y la respuesta de las peticiones con término respondidas a la fecha de corte; con mediana y percentil 90.",
            "suma de días hábiles de respuesta / respondidas con término",
            IndicatorUnit.BusinessDays, IndicatorDirection.LowerIsBetter, new Target(10, 5), Petitions,
            "days_to_answer_sum", "days_to_answer_count",
            [new IndicatorStatistic(StatisticName.Median, "days_to_answer_median"), new IndicatorStatistic(StatisticName.P90, "days_to_answer_p90")]),
        new(IndicatorCode.OnTime, "Oportunidad de respuesta",
            "Proporción de las peticiones con término respondidas a la fecha de corte que se respondieron a más tardar en su vencimiento (con la prórroga válida).",
            "oportunas / respondidas con término",
            IndicatorUnit.Proportion, IndicatorDirection.HigherIsBetter, new Target(0.95, 0.05), Petitions,
            "oportuno", "answered_with_term"),
        new(IndicatorCode.Overdue, "Tasa de vencimiento",
            "Proporción de las peticiones con término radicadas en el periodo que a la fecha de corte se respondieron tarde o están vencidas sin respuesta.",
            "(no oportunas + vencidas) / radicadas con término",
            IndicatorUnit.Proportion, IndicatorDirection.LowerIsBetter, new Target(0.05, 0.05), Petitions,
            "late", "filed_with_term"),
        new(IndicatorCode.DueSoon, "Pendientes por vencer",
            "Peticiones sin respuesta a la fecha de corte que vencen dentro de los 5 días hábiles siguientes (el corte cuenta como día 0).",
            "sin respuesta, en término, con vencimiento a 5 días hábiles o menos del corte",
            IndicatorUnit.Count, IndicatorDirection.LowerIsBetter, null, Petitions, "due_soon"),
        new(IndicatorCode.Transferred, "Traslados por competencia",
            "Proporción de las peticiones con término radicadas en el periodo que se trasladaron a otra entidad (Ley 1755 de 2015, art. 21).",
            "trasladadas / radicadas con término",
            IndicatorUnit.Proportion, IndicatorDirection.LowerIsBetter, null, Petitions, "transferred", "filed_with_term"),
        new(IndicatorCode.SurveyResponses, "Encuestas aplicadas",
            "Respuestas a encuestas de satisfacción enviadas en el periodo (las incompletas no cuentan).",
            "respuestas cargadas en el periodo",
            IndicatorUnit.Count, IndicatorDirection.Informative, null, Surveys, "responses"),
        new(IndicatorCode.Satisfaction, "Nivel de satisfacción",
            "Proporción de las respuestas válidas en los dos puntos más altos de su escala, sumando todas las preguntas calificadas (o una, por pregunta); con su intervalo de confianza del 95 % (Wilson).",
            "respuestas en los dos puntos más altos / respuestas válidas",
            IndicatorUnit.Proportion, IndicatorDirection.HigherIsBetter, new Target(0.80, 0.10), Surveys,
            "top_two", "valid",
            [new IndicatorStatistic(StatisticName.IntervalLow, "top_two_low"), new IndicatorStatistic(StatisticName.IntervalHigh, "top_two_high")])
        { SampleMeasure = "valid" },
        new(IndicatorCode.MeanScore, "Calificación promedio",
            "Promedio de las respuestas válidas llevadas a una escala de 1 a 5: 1 + 4 (puntos − mínimo) / (máximo − mínimo).",
            "suma de calificaciones de 1 a 5 / respuestas válidas",
            IndicatorUnit.Score, IndicatorDirection.HigherIsBetter, null, Surveys, "rescaled_sum", "valid")
        { SampleMeasure = "valid" },
        new(IndicatorCode.NetPromoter, "Recomendación neta",
            "En las preguntas de recomendación de 0 a 10: proporción de 9 y 10 menos proporción de 0 a 6.",
            "(promotores − detractores) / respuestas válidas de recomendación",
            IndicatorUnit.Proportion, IndicatorDirection.HigherIsBetter, null, Surveys, "nps_net", "nps_valid")
        { SampleMeasure = "nps_valid" },
        .. Paac.PaacSource.Indicators,
        .. Plan.PlanIndicators.All,
    ];

    /// <summary>The indicator with this code, however it was capitalised; null when the catalogue has none.</summary>
    /// <summary>The codes of the indicators <paramref name="source"/> yields, in the catalogue's order: a dataset's indicators as it declares them.</summary>
    public static IReadOnlyList<IndicatorCode> CodesOf(MeasureSource source) =>
        All.Where(i => i.Source == source).Select(i => i.Code).ToList();

    public static IndicatorDefinition? Find(IndicatorCode code) =>
        All.FirstOrDefault(i => i.Code == code);

    public static string Codes => string.Join(", ", All.Select(i => i.Code));
}

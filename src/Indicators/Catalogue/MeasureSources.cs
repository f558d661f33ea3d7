namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>The measure sources of the catalogue. PAAC and plan goals will add theirs here.</summary>
public static class MeasureSources
{
    /// <summary>Citizen petitions (PQRSD): <c>fct_petition</c> and its dimensions.</summary>
    public static MeasureSource Petitions { get; } = new(
        "pqrsd",
        [
            new("indicators/petition_volume.sql", ["filed"]),
            new("indicators/petition_measures.sql",
            [
                "filed", "answered", "filed_with_term", "answered_with_term", "oportuno", "no_oportuno", "vencido",
                "a_tiempo", "late", "due_soon", "transferred", "days_to_answer_sum", "days_to_answer_count",
                "median_low", "median_high", "p90_low", "p90_high", "days_to_answer_median", "days_to_answer_p90",
            ]),
        ],
        "filed",
        [
            new(SliceName.Entity, "Entidad", "f.entity_id",
                "{label}.name",
                "SELECT entity_id AS slice_key, name, dane_code AS code FROM dim_entity",
                LabelJoin: "dim_entity {label} ON {label}.entity_id = {key}"),
            new(SliceName.Dependency, "Dependencia", "f.dependency_id",
                "{label}.name",
                "SELECT dependency_id AS slice_key, name, CAST(NULL AS VARCHAR) AS code FROM dim_dependency",
                LabelJoin: "dim_dependency {label} ON {label}.dependency_id = {key}"),
            new(SliceName.Channel, "Canal", "f.channel_id",
                "{label}.name",
                "SELECT channel_id AS slice_key, name, code FROM dim_channel",
                LabelJoin: "dim_channel {label} ON {label}.channel_id = {key}"),
            new(SliceName.Type, "Tipo", "f.type_id",
                "{label}.name",
                "SELECT type_id AS slice_key, name, code FROM dim_petition_type",
                LabelJoin: "dim_petition_type {label} ON {label}.type_id = {key}"),
            new(SliceName.Topic, "Tema", "f.topic_id",
                "COALESCE({label}.name, 'Sin tema')",
                "SELECT topic_id AS slice_key, name, CAST(NULL AS VARCHAR) AS code FROM dim_topic",
                LabelJoin: "dim_topic {label} ON {label}.topic_id = {key}"),
            Month("f.filed_on"),
        ]);

    /// <summary>Citizen-satisfaction surveys: <c>fct_survey_response</c> and its scored answers (one row each).</summary>
    public static MeasureSource Surveys { get; } = new(
        "encuestas",
        [
            new("indicators/survey_measures.sql",
            [
                "responses", "valid", "top_two", "rescaled_sum", "nps_valid", "nps_net", "top_two_share", "top_two_low", "top_two_high",
            ]),
        ],
        "responses",
        [
            Petitions.FindSlice(SliceName.Entity)!,
            Petitions.FindSlice(SliceName.Dependency)!,
            Petitions.FindSlice(SliceName.Channel)!,
            Month("f.responded_on"),
            new(SliceName.Question, "Pregunta", "f.question_id",
                "{label}.code",
                "SELECT question_id AS slice_key, question_text AS name, code FROM dim_survey_question",
                LabelJoin: "dim_survey_question {label} ON {label}.question_id = {key}"),
            new(SliceName.Dimension, "Dimensión", "f.dimension_id",
                "{label}.name",
                "SELECT dimension_id AS slice_key, name, CAST(NULL AS VARCHAR) AS code FROM dim_survey_dimension",
                LabelJoin: "dim_survey_dimension {label} ON {label}.dimension_id = {key}"),
            new(SliceName.ValueGroup, "Grupo de valor", "f.value_group_id",
                "{label}.name",
                "SELECT value_group_id AS slice_key, name, CAST(NULL AS VARCHAR) AS code FROM dim_value_group",
                LabelJoin: "dim_value_group {label} ON {label}.value_group_id = {key}"),
            // The petition a response names by its radicado (survey_measures.sql): answered on time or not, and how fast.
            new(SliceName.PetitionTimeliness, "Respuesta a la petición", "f.petition_timeliness",
                "CASE {key} WHEN 1 THEN 'Respondida a tiempo' WHEN 2 THEN 'Respondida tarde' WHEN 3 THEN 'Sin respuesta' " +
                "WHEN 4 THEN 'Sin término legal' ELSE 'Sin petición asociada' END",
                null),
            new(SliceName.PetitionAnswerTime, "Tiempo de respuesta de la petición", "f.petition_answer_band",
                "CASE {key} WHEN 1 THEN '01 a 05 días hábiles' WHEN 2 THEN '06 a 10 días hábiles' WHEN 3 THEN '11 a 15 días hábiles' " +
                "WHEN 4 THEN '16 o más días hábiles' WHEN 9 THEN 'Sin respuesta' ELSE 'Sin petición asociada' END",
                null),
        ]);

    public static IReadOnlyList<MeasureSource> All { get; } = [Petitions, Surveys, Paac.PaacSource.Source, Plan.PlanSource.Definition];

    /// <summary>The month of a date column as yyyymm, an integer to group by cheaply; shown as yyyy-MM.</summary>
    private static SliceDefinition Month(string dateColumn) =>
        new(SliceName.Month, "Mes", $"CAST(EXTRACT(YEAR FROM {dateColumn}) * 100 + EXTRACT(MONTH FROM {dateColumn}) AS INTEGER)",
            "substr(CAST({key} AS VARCHAR), 1, 4) || '-' || substr(CAST({key} AS VARCHAR), 5, 2)",
            null,
            ComparableAcrossPeriods: false);
}

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
            StandardSlices.Entity,
            StandardSlices.Dependency,
            StandardSlices.Of(SliceName.Channel, "Canal", "dim_channel", "channel_id", code: "code"),
            StandardSlices.Of(SliceName.Type, "Tipo", "dim_petition_type", "type_id", code: "code"),
            StandardSlices.Of(SliceName.Topic, "Tema", "dim_topic", "topic_id", missing: "Sin tema"),
            StandardSlices.Month("f.filed_on"),
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
            StandardSlices.Entity,
            StandardSlices.Dependency,
            Petitions.FindSlice(SliceName.Channel)!,
            StandardSlices.Month("f.responded_on"),
            new(SliceName.Question, "Pregunta", "f.question_id",
                "{label}.code",
                "SELECT question_id AS slice_key, question_text AS name, code FROM dim_survey_question",
                LabelJoin: "dim_survey_question {label} ON {label}.question_id = {key}"),
            StandardSlices.Of(SliceName.Dimension, "Dimensión", "dim_survey_dimension", "dimension_id"),
            StandardSlices.Of(SliceName.ValueGroup, "Grupo de valor", "dim_value_group", "value_group_id"),
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
}

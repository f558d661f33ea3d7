namespace IndicadoresServicio.Indicators.Catalogue;

/// <summary>The measure sources of the catalogue. Surveys, PAAC and plan goals will add theirs here.</summary>
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
            new("entidad", "Entidad", "f.entity_id",
                "(SELECT name FROM dim_entity WHERE entity_id = {key})",
                "SELECT entity_id AS slice_key, name, dane_code AS code FROM dim_entity"),
            new("dependencia", "Dependencia", "f.dependency_id",
                "(SELECT name FROM dim_dependency WHERE dependency_id = {key})",
                "SELECT dependency_id AS slice_key, name, CAST(NULL AS VARCHAR) AS code FROM dim_dependency"),
            new("canal", "Canal", "f.channel_id",
                "(SELECT name FROM dim_channel WHERE channel_id = {key})",
                "SELECT channel_id AS slice_key, name, code FROM dim_channel"),
            new("tipo", "Tipo", "f.type_id",
                "(SELECT name FROM dim_petition_type WHERE type_id = {key})",
                "SELECT type_id AS slice_key, name, code FROM dim_petition_type"),
            new("tema", "Tema", "f.topic_id",
                "COALESCE((SELECT name FROM dim_topic WHERE topic_id = {key}), 'Sin tema')",
                "SELECT topic_id AS slice_key, name, CAST(NULL AS VARCHAR) AS code FROM dim_topic"),
            // yyyymm as an integer to group by cheaply; shown as yyyy-MM.
            new("mes", "Mes", "CAST(EXTRACT(YEAR FROM f.filed_on) * 100 + EXTRACT(MONTH FROM f.filed_on) AS INTEGER)",
                "substr(CAST({key} AS VARCHAR), 1, 4) || '-' || substr(CAST({key} AS VARCHAR), 5, 2)",
                null,
                ComparableAcrossPeriods: false),
        ]);

    public static IReadOnlyList<MeasureSource> All { get; } = [Petitions];
}

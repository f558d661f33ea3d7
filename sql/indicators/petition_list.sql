-- Marts: the petitions behind a figure (a dashboard chart's drill-down). One row per petition filed in
-- [@from, @to] with its status at @cut_off, as the indicators count it (petition_measures.sql): what a clerk
-- needs to find it and nothing personal (the warehouse holds nothing personal). Engine-neutral SQL.
-- Parameters: @from, @to, @cut_off. Placeholder {{filters}} as in petition_measures.sql.
-- status: petition_status(...) (migration 0008), in the vocabulary of Core.Terms.PetitionStatuses: oportuno,
-- no_oportuno, vencido, a_tiempo, sin_termino (felicitación), sin_vencimiento (a term but no due date: bad data,
-- counted as filed only).
SELECT f.petition_id, e.name AS entity, d.name AS dependency, f.radicado, t.name AS type_name, c.name AS channel_name,
    tp.name AS topic_name, f.filed_on, f.effective_due_on AS due_on,
    CASE WHEN f.answered_on <= @cut_off THEN f.answered_on END AS answered_on,
    CASE WHEN f.answered_on <= @cut_off THEN f.business_days_to_answer END AS business_days_to_answer,
    petition_status(f.term_days, f.effective_due_on, f.answered_on, @cut_off) AS status
FROM fct_petition f
JOIN dim_entity e ON e.entity_id = f.entity_id
JOIN dim_dependency d ON d.dependency_id = f.dependency_id
JOIN dim_petition_type t ON t.type_id = f.type_id
JOIN dim_channel c ON c.channel_id = f.channel_id
LEFT JOIN dim_topic tp ON tp.topic_id = f.topic_id
WHERE f.filed_on BETWEEN @from AND @to
  {{filters}}

-- Marts: how the answers of each scored question are distributed over its scale's labels, for the responses submitted
-- in the period (the Satisfacción page's stacked bars). Blank answers are left out; "No sabe / No responde" is a label.
-- Filters ({{filters}}) are those of survey_measures.sql, over the same row shape aliased f.
SELECT q.code AS question, q.question_text, f.answer_label AS label, max(f.points) AS points, CAST(count(*) AS BIGINT) AS answers
FROM (
    SELECT r.response_id, r.entity_id, r.dependency_id, r.channel_id, r.value_group_id, r.responded_on,
           a.question_id, a.dimension_id, a.points, a.answer_label
    FROM fct_survey_response r JOIN fct_survey_answer a ON a.response_id = r.response_id
) f
JOIN dim_survey_question q ON q.question_id = f.question_id
WHERE f.responded_on BETWEEN @from AND @to AND f.answer_label IS NOT NULL
{{filters}}
GROUP BY q.code, q.question_text, f.answer_label
ORDER BY q.code, max(f.points) DESC

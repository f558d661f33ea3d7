-- Marts: the masked comments of the responses submitted in the period, newest first, with the dependency each one is
-- about (the page shows a comment only to who may see that dependency's detail). Filters as in survey_measures.sql.
SELECT f.responded_on, d.name AS dependency, c.column_name, c.comment_text
FROM (
    SELECT r.response_id, r.entity_id, r.dependency_id, r.channel_id, r.value_group_id, r.responded_on,
           CAST(NULL AS INTEGER) AS question_id, CAST(NULL AS INTEGER) AS dimension_id
    FROM fct_survey_response r
) f
JOIN fct_survey_comment c ON c.response_id = f.response_id
JOIN dim_dependency d ON d.dependency_id = f.dependency_id
WHERE f.responded_on BETWEEN @from AND @to
{{filters}}
ORDER BY f.responded_on DESC, f.response_id DESC
LIMIT @take

-- Marts: the satisfaction measures (SA-*) per slice, for the current and the previous comparable period. Cohort:
-- responses submitted in the period. One input row per response and scored question (blank answers too, with NULL
-- points), so "responses" counts each response once in every slice, questions and dimensions included.
-- Engine-neutral SQL (DuckDB and PostgreSQL). Parameters and placeholders: those of petition_measures.sql (MeasureQuery);
-- only @from, @to and @previous_from are used.
--
-- top two boxes: points >= high - 1; rescaled to 1-5: 1 + 4 (points - low) / (high - low); NPS (0-10 questions marked
-- "nps"): promoters 9-10 count +1, detractors 0-6 count -1. The 95 % Wilson interval of top_two / valid (z = 1.96):
-- (p + z²/2n ± z sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n).
--
-- A response that names a radicado of fct_petition (same entity) is linked to that petition, for the "oportunidad"
-- slice (0 no petition found, 1 answered by its effective due date, 2 answered after it, 3 not answered, 4 no legal
-- term) and the "tiempo_respuesta" slice (business days to answer: 1 up to 5, 2 6-10, 3 11-15, 4 more; 0 no petition,
-- 9 not answered). Both are worked out at query time: a petition answered after its survey was loaded counts as it is now.
WITH answers AS (
    -- One pass over both periods: the previous one ends the day before @from, so they are one contiguous range.
    SELECT CASE WHEN f.responded_on >= @from THEN 1 ELSE 0 END AS is_current,
        f.response_id, f.points, f.scale_low, f.scale_high, f.is_nps
        {{slice_keys}}
    FROM (
        SELECT r.response_id, r.entity_id, r.dependency_id, r.channel_id, r.value_group_id, r.responded_on,
               a.question_id, a.dimension_id, a.points, a.scale_low, a.scale_high, a.is_nps,
               CASE WHEN p.radicado IS NULL THEN 0 WHEN p.answered_on IS NULL THEN 3 WHEN p.effective_due_on IS NULL THEN 4
                    WHEN p.answered_on <= p.effective_due_on THEN 1 ELSE 2 END AS petition_timeliness,
               CASE WHEN p.radicado IS NULL THEN 0 WHEN p.business_days_to_answer IS NULL THEN 9
                    WHEN p.business_days_to_answer <= 5 THEN 1 WHEN p.business_days_to_answer <= 10 THEN 2
                    WHEN p.business_days_to_answer <= 15 THEN 3 ELSE 4 END AS petition_answer_band
        FROM fct_survey_response r JOIN fct_survey_answer a ON a.response_id = r.response_id
        LEFT JOIN fct_petition p ON p.entity_id = r.entity_id AND p.radicado = r.radicado
    ) f
    WHERE f.responded_on >= @previous_from AND f.responded_on <= @to
    {{filters}}
),
measured AS (
    SELECT is_current{{slice_group}},
        CAST(count(DISTINCT response_id) AS BIGINT) AS responses,
        CAST(count(points) AS BIGINT) AS valid,
        CAST(sum(CASE WHEN points >= scale_high - 1 THEN 1 ELSE 0 END) AS BIGINT) AS top_two,
        sum(1 + 4 * CAST(points - scale_low AS DOUBLE PRECISION) / (scale_high - scale_low)) AS rescaled_sum,
        CAST(sum(CASE WHEN is_nps AND points IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS nps_valid,
        CAST(sum(CASE WHEN is_nps AND points >= 9 THEN 1 WHEN is_nps AND points <= 6 THEN -1 ELSE 0 END) AS BIGINT) AS nps_net
    FROM answers
    GROUP BY is_current{{slice_group}}
),
shared AS (
    SELECT measured.*,
        CASE WHEN valid > 0 THEN CAST(top_two AS DOUBLE PRECISION) / valid END AS top_two_share
    FROM measured
)
SELECT shared.*,
    (top_two_share + 1.9208 / valid - 1.96 * sqrt(top_two_share * (1 - top_two_share) / valid + 0.9604 / (CAST(valid AS DOUBLE PRECISION) * valid)))
        / (1 + 3.8416 / valid) AS top_two_low,
    (top_two_share + 1.9208 / valid + 1.96 * sqrt(top_two_share * (1 - top_two_share) / valid + 0.9604 / (CAST(valid AS DOUBLE PRECISION) * valid)))
        / (1 + 3.8416 / valid) AS top_two_high
    {{slice_labels}}
FROM shared
{{slice_joins}}

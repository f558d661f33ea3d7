-- Marts: the measures behind every petition indicator (catalogue source "pqrsd"), per slice, for the current
-- and the previous comparable period in ONE scan of fct_petition. Nothing leaves the database but one row
-- per period and slice. Engine-neutral SQL (DuckDB and PostgreSQL).
--
-- Parameters: @from, @to, @cut_off          the current period (filed_on in [@from, @to]) and its cut-off,
--             @previous_from, @previous_cut_off  the previous period, which ends the day before @from,
--             @alert_days                   PQ-PEND's window, in business days after the cut-off.
-- Placeholders, filled by MeasureQuery with the catalogue's whitelisted text only (never user text):
--   {{slice_keys}}   ", <key over f> AS slice_key_1, ..."      {{slice_group}}  ", slice_key_1, ..."
--   {{slice_labels}} ", CAST(slice_key_1 AS VARCHAR) AS slice_text_1, <label> AS slice_label_1, ..."
--   {{filters}}      "AND f.dependency_id IN (3, 4) ..." (keys looked up in the dimensions beforehand)
--
-- Status at the period's cut-off (the contract): answered = answered_on <= cut-off; oportuno = answered and
-- answered_on <= effective_due_on (effective_due_on already holds a valid extension); no oportuno = answered
-- after it; vencido = not answered and cut-off > effective_due_on; a tiempo otherwise. Felicitaciones
-- (term_days NULL) have no term: they count in filed and answered and nowhere else.
WITH alert_window AS (
    -- The last day at most @alert_days business days after each cut-off. Due dates fall on business days, so
    -- "due on or before this day" is "business_day_index(due) - business_day_index(cut-off) <= @alert_days".
    SELECT
        (SELECT max(d.full_date) FROM dim_date d, dim_date c
         WHERE c.full_date = @cut_off AND d.business_day_index <= c.business_day_index + @alert_days) AS current_end,
        (SELECT max(d.full_date) FROM dim_date d, dim_date c
         WHERE c.full_date = @previous_cut_off AND d.business_day_index <= c.business_day_index + @alert_days) AS previous_end
),
petitions AS (
    SELECT
        CASE WHEN f.filed_on >= @from THEN 1 ELSE 0 END AS is_current,
        CASE WHEN f.filed_on >= @from THEN @cut_off ELSE @previous_cut_off END AS cut_off,
        CASE WHEN f.filed_on >= @from THEN w.current_end ELSE w.previous_end END AS window_end,
        f.term_days IS NOT NULL AS has_term,
        f.answered_on,
        f.effective_due_on,
        f.business_days_to_answer,
        f.transferred
        {{slice_keys}}
    FROM fct_petition f
    CROSS JOIN alert_window w
    WHERE f.filed_on BETWEEN @previous_from AND @to
    {{filters}}
),
statuses AS (
    SELECT p.*,
        (p.answered_on IS NOT NULL AND p.answered_on <= p.cut_off) AS answered
    FROM petitions p
),
measured AS (
    SELECT is_current{{slice_group}},
        CAST(count(*) AS BIGINT) AS filed,
        CAST(sum(CASE WHEN answered THEN 1 ELSE 0 END) AS BIGINT) AS answered,
        CAST(sum(CASE WHEN has_term THEN 1 ELSE 0 END) AS BIGINT) AS filed_with_term,
        CAST(sum(CASE WHEN has_term AND answered THEN 1 ELSE 0 END) AS BIGINT) AS answered_with_term,
        CAST(sum(CASE WHEN has_term AND answered AND answered_on <= effective_due_on THEN 1 ELSE 0 END) AS BIGINT) AS oportuno,
        CAST(sum(CASE WHEN has_term AND answered AND answered_on > effective_due_on THEN 1 ELSE 0 END) AS BIGINT) AS no_oportuno,
        CAST(sum(CASE WHEN has_term AND NOT answered AND cut_off > effective_due_on THEN 1 ELSE 0 END) AS BIGINT) AS vencido,
        CAST(sum(CASE WHEN has_term AND NOT answered AND cut_off <= effective_due_on THEN 1 ELSE 0 END) AS BIGINT) AS a_tiempo,
        -- PQ-VEN's numerator: no oportuno + vencido.
        CAST(sum(CASE WHEN has_term AND ((answered AND answered_on > effective_due_on)
                                      OR (NOT answered AND cut_off > effective_due_on)) THEN 1 ELSE 0 END) AS BIGINT) AS late,
        CAST(sum(CASE WHEN has_term AND NOT answered AND cut_off <= effective_due_on
                           AND effective_due_on <= window_end THEN 1 ELSE 0 END) AS BIGINT) AS due_soon,
        CAST(sum(CASE WHEN has_term AND transferred THEN 1 ELSE 0 END) AS BIGINT) AS transferred,
        CAST(COALESCE(sum(CASE WHEN has_term AND answered THEN business_days_to_answer END), 0) AS BIGINT) AS days_to_answer_sum,
        CAST(sum(CASE WHEN has_term AND answered AND business_days_to_answer IS NOT NULL THEN 1 ELSE 0 END) AS BIGINT) AS days_to_answer_count,
        -- Interpolated percentiles; NULLs (not answered, no term) are ignored by both engines.
        CAST(percentile_cont(0.5) WITHIN GROUP (ORDER BY CASE WHEN has_term AND answered THEN business_days_to_answer END) AS FLOAT8) AS days_to_answer_median,
        CAST(percentile_cont(0.9) WITHIN GROUP (ORDER BY CASE WHEN has_term AND answered THEN business_days_to_answer END) AS FLOAT8) AS days_to_answer_p90
    FROM statuses
    GROUP BY is_current{{slice_group}}
)
SELECT measured.*{{slice_labels}}
FROM measured

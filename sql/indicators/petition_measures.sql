-- Marts: the measures behind every petition indicator (catalogue source "pqrsd"), per slice, for the current
-- and the previous comparable period, reading each fact row once. Nothing leaves the database but one row
-- per period and slice. Engine-neutral SQL (DuckDB and PostgreSQL).
--
-- Parameters: @from, @to, @cut_off          the current period (filed_on in [@from, @to]) and its cut-off,
--             (also as @current_from, @current_to, @current_cut_off, for the branch written once per period),
--             @previous_from, @previous_to, @previous_cut_off  the previous period, which ends the day before @from,
--             @current_alert_end, @previous_alert_end  PQ-PEND's window for each period: the last day at most
--                                           alert_days business days after its cut-off (AlertWindow looks it up
--                                           in dim_date beforehand; NULL when the cut-off is outside it).
-- Placeholders, filled by MeasureQuery with the catalogue's whitelisted text only (never user text):
--   {{slice_keys}}   ", <key over f> AS slice_key_1, ..."      {{slice_group}}  ", slice_key_1, ..."
--   {{slice_labels}} ", CAST(slice_key_1 AS VARCHAR) AS slice_text_1, <label> AS slice_label_1, ..."
--   {{slice_joins}}  "LEFT JOIN dim_dependency slice_dimension_1 ON slice_dimension_1.dependency_id = slice_key_1 ..."
--                    (the dimensions that name the keys, joined to the few result rows)
--   {{filters}}      "AND f.dependency_id IN (3, 4) ..." (keys looked up in the dimensions beforehand)
--
-- Status at the period's cut-off: the rule of Core.Terms.PetitionStatuses.StatusAt, which the listing reads
-- through petition_status(...) (migration 0008). It is counted here from outcome_code instead, for speed; a test
-- (StatusRuleTests) compares the listing's per-status counts with this script's. Felicitaciones (term_days NULL)
-- have no term: they count in filed and answered and nowhere else.
--
-- Shape, for speed (bench/RESULTS.md): each petition becomes one small code, compared with its period's cut-off
-- as a constant. A petition answered by the cut-off takes its stored outcome_code (migration 0007: whether it
-- was answered on time, and its response time), so the common case costs one comparison and the scan no longer
-- reads term_days and business_days_to_answer; only open ones compare their due date. The fact rows are counted per period, code and slice
-- (a few thousand rows however large the table), and every measure, the percentiles included, comes from those
-- counts. Every grouping key of the big aggregation is a constant, a constant CASE or a plain integer column,
-- so the engine knows its range (DuckDB then counts in an array indexed by the keys, a perfect hash, instead of
-- a hash table); a CASE ending in NULL, a CAST or arithmetic would hide that range.
WITH statuses AS (
    -- Codes below 8 are the statuses of petitions open at the cut-off: 0 no term  4 a tiempo  5 a tiempo and due
    -- within the alert window  6 vencido  7 a term but no due date (bad data: counted as filed, given no status).
    -- From 8 up, an answered petition's stored outcome_code (migration 0007): kind = code % 8 (1 no term,
    -- 2 oportuno, 3 no oportuno, 4 no due date) and slot = code / 8 (its response time + 2, or 1 for none).
    -- One branch per period, each comparing with its cut-off as a constant: the two read disjoint date ranges.
    -- MeasureQuery writes the branch below once for the current period and once for the previous one, with
    -- {{period}} as current or previous ({{is_current}} 1 or 0), joined by UNION ALL.
    {{each_period}}
    SELECT {{is_current}} AS is_current,
        CASE
            WHEN f.answered_on <= @{{period}}_cut_off THEN f.outcome_code
            WHEN f.outcome_code % 8 = 1 THEN 0
            WHEN f.effective_due_on < @{{period}}_cut_off THEN 6
            WHEN f.effective_due_on <= CAST(@{{period}}_alert_end AS DATE) THEN 5
            WHEN f.effective_due_on IS NOT NULL THEN 4
            ELSE 7
        END AS code,
        f.transferred
        {{slice_keys}}
    FROM fct_petition f
    WHERE f.filed_on BETWEEN @{{period}}_from AND @{{period}}_to
    {{filters}}
    {{end_each_period}}
),
counted AS (
    -- The only pass over the fact rows. Transferred ones are counted alongside rather than grouped by, which
    -- would double the groups.
    SELECT is_current, code{{slice_group}},
        CAST(count(*) AS BIGINT) AS n,
        CAST(count(*) FILTER (WHERE transferred) AS BIGINT) AS n_transferred
    FROM statuses
    GROUP BY is_current, code{{slice_group}}
),
buckets AS (
    -- status, as the measures below read it: the open ones keep their code (0, 4, 5, 6, 7); the answered ones are
    -- 1 no term, 2 oportuno, 3 no oportuno, 8 no due date. Response time only for petitions with a term answered
    -- by the cut-off (statuses 2, 3 and 8).
    SELECT is_current{{slice_group}},
        CASE WHEN code < 8 THEN code WHEN code % 8 = 4 THEN 8 ELSE code % 8 END AS status,
        CASE WHEN code >= 16 AND code % 8 IN (2, 3, 4) THEN CAST((code - code % 8) / 8 AS INTEGER) - 2 END AS days,
        n, n_transferred
    FROM counted
),
ranked AS (
    -- Running count of answered petitions by response time: the k-th smallest time is the first whose running
    -- count exceeds k (counting from 0). Summed as FLOAT8, which DuckDB adds several times faster in a window than
    -- the HUGEINT a sum of integers gives (bench/RESULTS.md): counts stay exact below 2^53, and floor/ceil of
    -- 0.5 or 0.9 times an integer count are exact too (a multiple of 10 times 0.9 rounds to the integer itself,
    -- any other product is at least 0.1 away from one).
    SELECT b.*,
        sum(CASE WHEN days IS NOT NULL THEN CAST(n AS FLOAT8) ELSE 0 END) OVER (PARTITION BY is_current{{slice_group}} ORDER BY days) AS days_running,
        sum(CASE WHEN days IS NOT NULL THEN CAST(n AS FLOAT8) ELSE 0 END) OVER (PARTITION BY is_current{{slice_group}}) AS days_total
    FROM buckets b
),
measured AS (
    SELECT is_current{{slice_group}},
        CAST(sum(n) AS BIGINT) AS filed,
        CAST(sum(CASE WHEN status IN (1, 2, 3, 8) THEN n ELSE 0 END) AS BIGINT) AS answered,
        CAST(sum(CASE WHEN status >= 2 THEN n ELSE 0 END) AS BIGINT) AS filed_with_term,
        CAST(sum(CASE WHEN status IN (2, 3, 8) THEN n ELSE 0 END) AS BIGINT) AS answered_with_term,
        CAST(sum(CASE WHEN status = 2 THEN n ELSE 0 END) AS BIGINT) AS oportuno,
        CAST(sum(CASE WHEN status = 3 THEN n ELSE 0 END) AS BIGINT) AS no_oportuno,
        CAST(sum(CASE WHEN status = 6 THEN n ELSE 0 END) AS BIGINT) AS vencido,
        CAST(sum(CASE WHEN status IN (4, 5) THEN n ELSE 0 END) AS BIGINT) AS a_tiempo,
        -- PQ-VEN's numerator: no oportuno + vencido.
        CAST(sum(CASE WHEN status IN (3, 6) THEN n ELSE 0 END) AS BIGINT) AS late,
        CAST(sum(CASE WHEN status = 5 THEN n ELSE 0 END) AS BIGINT) AS due_soon,
        -- Traslados of petitions with a term (felicitaciones, codes 0 and 1, are left out).
        CAST(sum(CASE WHEN status >= 2 THEN n_transferred ELSE 0 END) AS BIGINT) AS transferred,
        CAST(COALESCE(sum(days * n), 0) AS BIGINT) AS days_to_answer_sum,
        CAST(sum(CASE WHEN days IS NOT NULL THEN n ELSE 0 END) AS BIGINT) AS days_to_answer_count,
        -- percentile_cont(p) interpolates between the values at positions floor(p(t - 1)) and ceil(p(t - 1)).
        min(CASE WHEN days IS NOT NULL AND days_running > floor(0.5 * (days_total - 1)) THEN days END) AS median_low,
        min(CASE WHEN days IS NOT NULL AND days_running > ceil(0.5 * (days_total - 1)) THEN days END) AS median_high,
        min(CASE WHEN days IS NOT NULL AND days_running > floor(0.9 * (days_total - 1)) THEN days END) AS p90_low,
        min(CASE WHEN days IS NOT NULL AND days_running > ceil(0.9 * (days_total - 1)) THEN days END) AS p90_high
    FROM ranked
    GROUP BY is_current{{slice_group}}
)
SELECT measured.*,
    CAST(median_low + (0.5 * (days_to_answer_count - 1) - floor(0.5 * (days_to_answer_count - 1))) * (median_high - median_low) AS FLOAT8) AS days_to_answer_median,
    CAST(p90_low + (0.9 * (days_to_answer_count - 1) - floor(0.9 * (days_to_answer_count - 1))) * (p90_high - p90_low) AS FLOAT8) AS days_to_answer_p90
    {{slice_labels}}
FROM measured
{{slice_joins}}

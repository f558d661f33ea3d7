-- Marts: the measures behind PAAC-AV, PAAC-CUMP and PAAC-REZ (catalogue source "paac"), per slice, for the current
-- and the previous comparable period. Engine-neutral SQL (DuckDB and PostgreSQL).
--
-- Parameters: @from, @to, @cut_off: the plans of the vigencias in [year(@from), year(@to)], at @cut_off;
--             @previous_from, @previous_cut_off: the previous period's vigencias (up to the year before @from), at
--             its cut-off (the same day a year earlier for a whole year). The others MeasureRows passes are unused.
-- Placeholders: those of petition_measures.sql (MeasureQuery), and {{slice_names}}: the slices asked, as the text
-- ',componente,dependencia,'.
--
-- The contract (docs/paac.md): an activity is due at cut-off C when its scheduled date is on or before C (recurring
-- wording: always). Its progress at C is the one reported at the follow-up of C: the plan's latest follow-up on or
-- before C; a due activity with no report there counts 0 % and is "sin reporte". PAAC-AV of a component is the mean
-- progress of its due activities; the plan's (and an entity's) is the mean of its components' avance, components with
-- nothing due left out; a dependency's (responsable) or a subcomponent's is the mean of its own due activities.
-- Progress is stored in percent points and measured as a fraction (80 % is 0.8), as every proportion here.
WITH activities AS (
    SELECT 1 AS is_current, f.activity_id, f.entity_id, f.plan_code, f.vigencia, f.component_id,
        CAST(@cut_off AS DATE) AS measured_at
        {{slice_keys}}
    FROM fct_paac_activity f
    WHERE f.vigencia BETWEEN EXTRACT(YEAR FROM CAST(@from AS DATE)) AND EXTRACT(YEAR FROM CAST(@to AS DATE))
      AND (f.is_recurring OR f.scheduled_on <= CAST(@cut_off AS DATE))
    {{filters}}
    UNION ALL
    SELECT 0 AS is_current, f.activity_id, f.entity_id, f.plan_code, f.vigencia, f.component_id,
        CAST(@previous_cut_off AS DATE) AS measured_at
        {{slice_keys}}
    FROM fct_paac_activity f
    WHERE f.vigencia >= EXTRACT(YEAR FROM CAST(@previous_from AS DATE)) AND f.vigencia < EXTRACT(YEAR FROM CAST(@from AS DATE))
      AND (f.is_recurring OR f.scheduled_on <= CAST(@previous_cut_off AS DATE))
    {{filters}}
),
plan_followups AS (
    SELECT DISTINCT a.entity_id, a.plan_code, a.vigencia, u.cut_off
    FROM fct_paac_followup u
    JOIN fct_paac_activity a ON a.activity_id = u.activity_id
),
followup_at AS (
    -- The follow-up of each plan at the cut-off: its latest on or before it.
    SELECT m.is_current, m.entity_id, m.plan_code, m.vigencia, max(p.cut_off) AS followup_on
    FROM (SELECT DISTINCT is_current, entity_id, plan_code, vigencia, measured_at FROM activities) m
    JOIN plan_followups p ON p.entity_id = m.entity_id AND p.plan_code = m.plan_code AND p.vigencia = m.vigencia
        AND p.cut_off <= m.measured_at
    GROUP BY m.is_current, m.entity_id, m.plan_code, m.vigencia
),
reported AS (
    SELECT a.*, CAST(u.progress AS DOUBLE PRECISION) AS progress
    FROM activities a
    LEFT JOIN followup_at w ON w.is_current = a.is_current AND w.entity_id = a.entity_id AND w.plan_code = a.plan_code
        AND w.vigencia = a.vigencia
    LEFT JOIN fct_paac_followup u ON u.activity_id = a.activity_id AND u.cut_off = w.followup_on
),
by_component AS (
    SELECT is_current, component_id{{slice_group}},
        CAST(count(*) AS BIGINT) AS due,
        CAST(count(*) FILTER (WHERE progress >= 100) AS BIGINT) AS completed,
        CAST(count(*) FILTER (WHERE progress IS NULL) AS BIGINT) AS unreported,
        sum(COALESCE(progress, 0)) / 100.0 AS progress_sum
    FROM reported
    GROUP BY is_current, component_id{{slice_group}}
),
measured AS (
    SELECT is_current{{slice_group}},
        CAST(sum(due) AS BIGINT) AS due,
        CAST(sum(completed) AS BIGINT) AS completed,
        CAST(sum(due) - sum(completed) AS BIGINT) AS lagging,
        CAST(sum(unreported) AS BIGINT) AS unreported,
        CASE WHEN position(',dependencia,' IN {{slice_names}}) > 0 THEN sum(progress_sum) ELSE sum(progress_sum / due) END AS avance_sum,
        CAST(CASE WHEN position(',dependencia,' IN {{slice_names}}) > 0 THEN sum(due) ELSE count(*) END AS BIGINT) AS avance_count
    FROM by_component
    GROUP BY is_current{{slice_group}}
)
SELECT measured.*
    {{slice_labels}}
FROM measured
{{slice_joins}}

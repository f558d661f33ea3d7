-- Marts: the measures behind the development-plan indicators (catalogue source "plan"), per slice, for the current
-- and the previous comparable period. Engine-neutral SQL (DuckDB and PostgreSQL). The contract is
-- docs/contrato/indicators.md, "Development-plan goals" (copied to docs/plan-de-desarrollo.md).
--
-- Parameters: @from, @to, @cut_off (the period and its cut-off, which may fall inside it: the plan is followed
-- quarter by quarter), @previous_from, @previous_cut_off (the previous period ends the day before @from).
-- Placeholders: those of petition_measures.sql (MeasureQuery); the slice keys are over one row per goal (f).
--
-- A value belongs to the period when its own period (a quarter, or a whole year) ends inside it, and counts as due
-- at the cut-off when it ended by then. Per goal:
--   PD-AV    min(1, achieved due / programmed in the period)                  goals programmed in the period
--   PD-EF    min(1, achieved due / programmed due)                            goals with something programmed due
--   PD-CUAT  by accumulation type, over the cuatrienio up to the cut-off, clamped to 0-1:
--            suma, flujo: achieved / four-year target; incremento: (latest - baseline) / (target - baseline), no report
--            yet being no progress; reduccion: (baseline - latest) / (baseline - target); mantenimiento, capacidad:
--            mean of the yearly PD-AV (years begun by the cut-off with something programmed)
-- and each aggregate is the mean over its goals weighted by the goal's weight (1 when the profile maps none):
-- numerator sum(weight * value), denominator sum(weight).
WITH periods AS (
    SELECT 1 AS is_current, CAST(@from AS DATE) AS p_from, CAST(@to AS DATE) AS p_to, CAST(@cut_off AS DATE) AS cut
    UNION ALL
    SELECT 0 AS is_current, CAST(@previous_from AS DATE) AS p_from, CAST(@from AS DATE) - 1 AS p_to, CAST(@previous_cut_off AS DATE) AS cut
),
goals AS (
    -- The goals of every cuatrienio the period touches.
    SELECT p.is_current, p.p_from, p.p_to, p.cut, g.goal_id, g.entity_id, g.line_id, g.sector_id, g.program_id,
        g.dependency_id, g.accumulation, g.baseline, g.four_year_target, COALESCE(g.weight, 1.0) AS weight
    FROM dim_plan_goal g
    CROSS JOIN periods p
    WHERE g.first_year <= EXTRACT(YEAR FROM p.p_to) AND g.last_year >= EXTRACT(YEAR FROM p.p_from)
),
sums AS (
    SELECT goals.is_current, goals.goal_id,
        sum(CASE WHEN v.period_end BETWEEN goals.p_from AND goals.p_to THEN v.programmed END) AS programmed,
        sum(CASE WHEN v.period_end BETWEEN goals.p_from AND goals.p_to AND v.period_end <= goals.cut THEN v.programmed END) AS programmed_due,
        sum(CASE WHEN v.period_end BETWEEN goals.p_from AND goals.p_to AND v.period_end <= goals.cut THEN v.achieved END) AS achieved_due,
        sum(CASE WHEN v.period_end <= goals.cut THEN v.achieved END) AS achieved_total
    FROM goals
    LEFT JOIN fct_plan_value v ON v.goal_id = goals.goal_id
    GROUP BY goals.is_current, goals.goal_id
),
reported AS (
    -- The latest value reported by the cut-off (for incremento and reduccion).
    SELECT is_current, goal_id, achieved AS latest
    FROM (
        SELECT goals.is_current, goals.goal_id, v.achieved,
            row_number() OVER (PARTITION BY goals.is_current, goals.goal_id ORDER BY v.period_end DESC, v.quarter DESC) AS position
        FROM goals
        JOIN fct_plan_value v ON v.goal_id = goals.goal_id
        WHERE v.period_end <= goals.cut AND v.achieved IS NOT NULL
    ) ordered
    WHERE position = 1
),
years AS (
    SELECT goals.is_current, goals.goal_id, v.year,
        sum(v.programmed) AS programmed,
        sum(CASE WHEN v.period_end <= goals.cut THEN v.achieved END) AS achieved
    FROM goals
    JOIN fct_plan_value v ON v.goal_id = goals.goal_id
    WHERE v.year <= EXTRACT(YEAR FROM goals.cut)
    GROUP BY goals.is_current, goals.goal_id, v.year
),
yearly AS (
    SELECT is_current, goal_id, avg(least(1.0, COALESCE(achieved, 0) / programmed)) AS mean_year_progress
    FROM years
    WHERE programmed > 0
    GROUP BY is_current, goal_id
),
per_goal AS (
    SELECT goals.is_current, goals.goal_id, goals.entity_id, goals.line_id, goals.sector_id, goals.program_id, goals.dependency_id,
        goals.weight,
        CASE WHEN sums.programmed > 0 THEN least(1.0, COALESCE(sums.achieved_due, 0) / sums.programmed) END AS year_progress,
        CASE WHEN sums.programmed_due > 0 THEN least(1.0, COALESCE(sums.achieved_due, 0) / sums.programmed_due) END AS efficacy,
        CASE
            WHEN goals.accumulation IN ('suma', 'flujo') THEN
                CASE WHEN goals.four_year_target > 0 THEN COALESCE(sums.achieved_total, 0) / goals.four_year_target END
            WHEN goals.accumulation = 'incremento' THEN
                CASE WHEN goals.four_year_target <> COALESCE(goals.baseline, 0)
                    THEN (COALESCE(reported.latest, goals.baseline, 0) - COALESCE(goals.baseline, 0)) / (goals.four_year_target - COALESCE(goals.baseline, 0)) END
            WHEN goals.accumulation = 'reduccion' THEN
                CASE WHEN goals.baseline <> goals.four_year_target
                    THEN (goals.baseline - COALESCE(reported.latest, goals.baseline)) / (goals.baseline - goals.four_year_target) END
            ELSE yearly.mean_year_progress
        END AS four_year_raw
    FROM goals
    JOIN sums ON sums.is_current = goals.is_current AND sums.goal_id = goals.goal_id
    LEFT JOIN reported ON reported.is_current = goals.is_current AND reported.goal_id = goals.goal_id
    LEFT JOIN yearly ON yearly.is_current = goals.is_current AND yearly.goal_id = goals.goal_id
),
keyed AS (
    -- greatest() and least() skip NULLs on both engines: a goal with nothing to judge must stay NULL, not become 1.
    SELECT f.is_current, f.weight, f.year_progress, f.efficacy,
        CASE WHEN f.four_year_raw IS NOT NULL THEN greatest(0.0, least(1.0, f.four_year_raw)) END AS four_year_progress
        {{slice_keys}}
    FROM per_goal f
    WHERE 1 = 1
    {{filters}}
),
measured AS (
    SELECT is_current{{slice_group}},
        CAST(count(*) AS DOUBLE PRECISION) AS goals,
        CAST(count(*) FILTER (WHERE year_progress IS NOT NULL) AS DOUBLE PRECISION) AS goals_programmed,
        CAST(sum(weight * year_progress) AS DOUBLE PRECISION) AS year_progress_weighted,
        CAST(sum(CASE WHEN year_progress IS NOT NULL THEN weight END) AS DOUBLE PRECISION) AS year_progress_weight,
        CAST(sum(weight * efficacy) AS DOUBLE PRECISION) AS efficacy_weighted,
        CAST(sum(CASE WHEN efficacy IS NOT NULL THEN weight END) AS DOUBLE PRECISION) AS efficacy_weight,
        CAST(sum(weight * four_year_progress) AS DOUBLE PRECISION) AS four_year_progress_weighted,
        CAST(sum(CASE WHEN four_year_progress IS NOT NULL THEN weight END) AS DOUBLE PRECISION) AS four_year_progress_weight
    FROM keyed
    GROUP BY is_current{{slice_group}}
)
SELECT measured.*
    {{slice_labels}}
FROM measured
{{slice_joins}}

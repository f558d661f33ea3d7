-- Marts: the volume of petitions (measure "filed", PQ-VOL) per slice, for the current and the previous comparable
-- period: what petition_measures.sql computes as "filed", without deciding any status, for the requests that
-- need nothing else (the dashboard's volume charts). Engine-neutral SQL (DuckDB and PostgreSQL).
--
-- Parameters and placeholders: those of petition_measures.sql (MeasureQuery); only @from, @to and @previous_from
-- are used here. A test checks that both scripts give the same volumes.
WITH filed AS (
    SELECT 1 AS is_current
        {{slice_keys}}
    FROM fct_petition f
    WHERE f.filed_on BETWEEN @from AND @to
    {{filters}}
    UNION ALL
    SELECT 0 AS is_current
        {{slice_keys}}
    FROM fct_petition f
    WHERE f.filed_on >= @previous_from AND f.filed_on < @from
    {{filters}}
),
measured AS (
    SELECT is_current{{slice_group}}, CAST(count(*) AS BIGINT) AS filed
    FROM filed
    GROUP BY is_current{{slice_group}}
)
SELECT measured.*
    {{slice_labels}}
FROM measured
{{slice_joins}}

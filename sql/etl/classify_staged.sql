-- How one run's staged petitions (run @run, entity @entity) compare with the marts before the merge:
-- new ones, changed ones (different row_hash) and unchanged ones. The run log records these counts.
SELECT
    CAST(sum(CASE WHEN f.petition_id IS NULL THEN 1 ELSE 0 END) AS BIGINT) AS inserted,
    CAST(sum(CASE WHEN f.petition_id IS NOT NULL AND f.row_hash <> st.row_hash THEN 1 ELSE 0 END) AS BIGINT) AS updated,
    CAST(sum(CASE WHEN f.petition_id IS NOT NULL AND f.row_hash = st.row_hash THEN 1 ELSE 0 END) AS BIGINT) AS unchanged
FROM stg_petition st
LEFT JOIN fct_petition f ON f.entity_id = @entity AND f.radicado = st.radicado
WHERE st.run_id = @run;

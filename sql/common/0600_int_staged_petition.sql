-- Intermediate: a run's staged petitions (stg_petition, source-shaped) resolved to the marts' keys, one row per
-- staged row and entity whose dependency member exists, in fct_petition's column names. The merge scripts
-- (sql/etl/insert_new_petitions.sql, update_changed_petitions.sql) read it filtered on run_id and entity_id; both
-- filters reach the scans (the view is inlined), so it costs what the join written in each script cost.
-- The entity comes from the dependency, the only dimension every staged row has per entity: staging carries no
-- entity of its own, so the view must always be read for one entity_id.
-- PostgreSQL: a load stages into a TEMP stg_petition that shadows this table; a view binds to the table it named
-- when created, so each load also creates a TEMP int_staged_petition from this definition (Etl/Petitions/StagingTable.cs).
CREATE VIEW int_staged_petition AS
SELECT st.run_id, d.entity_id, st.radicado,
       pt.type_id, c.channel_id, d.dependency_id, t.topic_id, st.filed_on,
       CAST(EXTRACT(YEAR FROM st.filed_on) * 10000 + EXTRACT(MONTH FROM st.filed_on) * 100 + EXTRACT(DAY FROM st.filed_on) AS INTEGER) AS filed_date_key,
       st.term_days, st.due_on, st.extension_due_on, st.extension_valid, st.effective_due_on, st.answered_on,
       st.business_days_to_answer, st.source_due_on, st.transferred, st.petitioner_type, st.petitioner_hash, st.row_hash,
       petition_outcome_code(st.term_days, st.effective_due_on, st.answered_on, st.business_days_to_answer) AS outcome_code
FROM stg_petition st
JOIN dim_petition_type pt ON pt.code = st.type_code
JOIN dim_channel c ON c.code = st.channel_code
JOIN dim_dependency d ON d.name_key = st.dependency_key
LEFT JOIN dim_topic t ON t.entity_id = d.entity_id AND t.name_key = st.topic_key;

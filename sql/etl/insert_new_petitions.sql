-- Intermediate -> marts, one step of merging a run's staged petitions (stg_petition, run_id = @run) for entity
-- @entity. Runs inside the load's transaction. Parameters: @run, @entity, @source, @now. Engine-neutral SQL.

-- New petitions:
INSERT INTO fct_petition (entity_id, radicado, source, type_id, channel_id, dependency_id, topic_id, filed_on,
    filed_date_key, term_days, due_on, extension_due_on, extension_valid, effective_due_on, answered_on,
    business_days_to_answer, source_due_on, transferred, petitioner_type, petitioner_hash, row_hash,
    first_run_id, last_run_id, loaded_at, updated_at, outcome_code)
SELECT @entity, st.radicado, @source, pt.type_id, c.channel_id, d.dependency_id, t.topic_id, st.filed_on,
       CAST(EXTRACT(YEAR FROM st.filed_on) * 10000 + EXTRACT(MONTH FROM st.filed_on) * 100 + EXTRACT(DAY FROM st.filed_on) AS INTEGER),
       st.term_days, st.due_on, st.extension_due_on, st.extension_valid, st.effective_due_on, st.answered_on,
       st.business_days_to_answer, st.source_due_on, st.transferred, st.petitioner_type, st.petitioner_hash, st.row_hash,
       @run, @run, @now, @now,
       petition_outcome_code(st.term_days, st.effective_due_on, st.answered_on, st.business_days_to_answer)
FROM stg_petition st
JOIN dim_petition_type pt ON pt.code = st.type_code
JOIN dim_channel c ON c.code = st.channel_code
JOIN dim_dependency d ON d.entity_id = @entity AND d.name_key = st.dependency_key
LEFT JOIN dim_topic t ON t.entity_id = @entity AND t.name_key = st.topic_key
WHERE st.run_id = @run
  AND NOT EXISTS (SELECT 1 FROM fct_petition f WHERE f.entity_id = @entity AND f.radicado = st.radicado);

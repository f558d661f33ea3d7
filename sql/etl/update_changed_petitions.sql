-- Intermediate -> marts, one step of merging a run's staged petitions (stg_petition, run_id = @run) for entity
-- @entity. Runs inside the load's transaction. Parameters: @run, @entity, @source, @now. Engine-neutral SQL.

-- A petition already loaded whose attributes changed (a later export with the answer, an extension):
UPDATE fct_petition SET
    source = @source,
    type_id = s.type_id,
    channel_id = s.channel_id,
    dependency_id = s.dependency_id,
    topic_id = s.topic_id,
    filed_on = s.filed_on,
    filed_date_key = s.filed_date_key,
    term_days = s.term_days,
    due_on = s.due_on,
    extension_due_on = s.extension_due_on,
    extension_valid = s.extension_valid,
    effective_due_on = s.effective_due_on,
    answered_on = s.answered_on,
    business_days_to_answer = s.business_days_to_answer,
    source_due_on = s.source_due_on,
    transferred = s.transferred,
    outcome_code = petition_outcome_code(s.term_days, s.effective_due_on, s.answered_on, s.business_days_to_answer),
    petitioner_type = s.petitioner_type,
    petitioner_hash = s.petitioner_hash,
    row_hash = s.row_hash,
    last_run_id = @run,
    updated_at = @now
FROM (
    SELECT st.radicado, pt.type_id, c.channel_id, d.dependency_id, t.topic_id, st.filed_on,
           CAST(EXTRACT(YEAR FROM st.filed_on) * 10000 + EXTRACT(MONTH FROM st.filed_on) * 100 + EXTRACT(DAY FROM st.filed_on) AS INTEGER) AS filed_date_key,
           st.term_days, st.due_on, st.extension_due_on, st.extension_valid, st.effective_due_on, st.answered_on,
           st.business_days_to_answer, st.source_due_on, st.transferred, st.petitioner_type, st.petitioner_hash, st.row_hash
    FROM stg_petition st
    JOIN dim_petition_type pt ON pt.code = st.type_code
    JOIN dim_channel c ON c.code = st.channel_code
    JOIN dim_dependency d ON d.entity_id = @entity AND d.name_key = st.dependency_key
    LEFT JOIN dim_topic t ON t.entity_id = @entity AND t.name_key = st.topic_key
    WHERE st.run_id = @run
) s
WHERE fct_petition.entity_id = @entity
  AND fct_petition.radicado = s.radicado
  AND fct_petition.row_hash <> s.row_hash;

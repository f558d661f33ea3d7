-- Intermediate -> marts, one step of merging a run's staged petitions (stg_petition, run_id = @run) for entity
-- @entity. Runs inside the load's transaction. Parameters: @run, @entity, @source, @now. Engine-neutral SQL.

-- Dimension members first: every value is kept, unknown ones flagged (is_known = FALSE) rather than dropped.
INSERT INTO dim_dependency (entity_id, name, name_key, is_known)
SELECT @entity, min(dependency_name), dependency_key, bool_and(dependency_known)
FROM stg_petition
WHERE run_id = @run
  AND NOT EXISTS (SELECT 1 FROM dim_dependency d WHERE d.entity_id = @entity AND d.name_key = stg_petition.dependency_key)
GROUP BY dependency_key;

INSERT INTO dim_topic (entity_id, name, name_key)
SELECT @entity, min(topic_name), topic_key
FROM stg_petition
WHERE run_id = @run AND topic_key IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM dim_topic t WHERE t.entity_id = @entity AND t.name_key = stg_petition.topic_key)
GROUP BY topic_key;

INSERT INTO dim_channel (code, name, is_known)
SELECT channel_code, min(channel_name), FALSE
FROM stg_petition
WHERE run_id = @run
  AND NOT EXISTS (SELECT 1 FROM dim_channel c WHERE c.code = stg_petition.channel_code)
GROUP BY channel_code;

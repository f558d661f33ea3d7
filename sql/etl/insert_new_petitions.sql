-- Intermediate -> marts, one step of merging a run's staged petitions (run_id = @run) for entity @entity, as
-- int_staged_petition (migration 0600) resolves them. {fct_petition.key} and {fct_petition.attributes} are
-- fct_petition's column lists as Etl/Petitions/PetitionTables.cs describes them, expanded when the script is read.
-- Runs inside the load's transaction. Parameters: @run, @entity, @source, @now. Engine-neutral SQL.

-- New petitions:
INSERT INTO fct_petition ({fct_petition.key}, {fct_petition.attributes},
    source, first_run_id, last_run_id, loaded_at, updated_at)
SELECT {fct_petition.key}, {fct_petition.attributes},
       @source, @run, @run, @now, @now
FROM int_staged_petition s
WHERE s.run_id = @run AND s.entity_id = @entity
  AND NOT EXISTS (SELECT 1 FROM fct_petition f WHERE f.entity_id = @entity AND f.radicado = s.radicado);

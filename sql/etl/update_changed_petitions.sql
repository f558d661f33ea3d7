-- Intermediate -> marts, one step of merging a run's staged petitions (run_id = @run) for entity @entity, as
-- int_staged_petition (migration 0600) resolves them. {fct_petition.attributes = s.} is "column = s.column" for each
-- of fct_petition's attributes as Etl/Petitions/PetitionTables.cs describes them, expanded when the script is read;
-- the key (entity_id, radicado) is never rewritten. Runs inside the load's transaction.
-- Parameters: @run, @entity, @source, @now. Engine-neutral SQL.

-- A petition already loaded whose attributes changed (a later export with the answer, an extension):
UPDATE fct_petition SET
    {fct_petition.attributes = s.},
    source = @source,
    last_run_id = @run,
    updated_at = @now
FROM int_staged_petition s
WHERE s.run_id = @run AND s.entity_id = @entity
  AND fct_petition.entity_id = @entity
  AND fct_petition.radicado = s.radicado
  AND fct_petition.row_hash <> s.row_hash;

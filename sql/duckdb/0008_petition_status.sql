-- Marts: a petition's status at a cut-off, in the vocabulary of Core.Terms.PetitionStatuses (its Code), for the
-- scripts that list petitions one by one (sql/indicators/petition_list.sql). The rule is the contract's: answered
-- by the cut-off = answered_on <= cut_off; oportuno when answered on or before effective_due_on, no_oportuno after
-- it; an open one is vencido once the cut-off is past effective_due_on, a_tiempo until then; a felicitación
-- (term_days NULL) is sin_termino; a term without a due date (bad data) is sin_vencimiento, counted as filed only.
-- The panel's measures (petition_measures.sql) count the same statuses from outcome_code for speed; a test
-- checks this function against PetitionStatuses.StatusAt and the listing's counts against the panel's.
-- DuckDB: a macro; PostgreSQL (sql/postgres/0008): an immutable SQL function.
CREATE MACRO petition_status(term_days, effective_due_on, answered_on, cut_off) AS
    CASE WHEN term_days IS NULL THEN 'sin_termino'
         WHEN effective_due_on IS NULL THEN 'sin_vencimiento'
         WHEN answered_on <= cut_off THEN CASE WHEN answered_on <= effective_due_on THEN 'oportuno' ELSE 'no_oportuno' END
         WHEN effective_due_on < cut_off THEN 'vencido'
         ELSE 'a_tiempo' END;

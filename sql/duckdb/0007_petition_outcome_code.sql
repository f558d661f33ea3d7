-- Marts: the part of a petition's status that does not depend on the cut-off, stored at load time so the
-- measures (sql/indicators/petition_measures.sql) decide most rows' status with one comparison and read fewer
-- columns (bench/RESULTS.md, «Motor de indicadores»).
--
-- outcome_code = kind + 16 × (business_days_to_answer + 1), or just kind when there is no response time:
--   kind 1  felicitación (no term)              2  answered on or before effective_due_on (oportuno)
--        3  answered after it (no oportuno)     8  a term but no due date (bad data)
--        9  not answered, with a term and a due date
-- Whether a petition counts as answered is still decided per query (answered_on <= cut-off): one answered after
-- the cut-off is open at that cut-off whatever its kind says.
-- The ETL's bulk writers compute the same formula in C# (Indicators.Terms.PetitionOutcome); a test checks that
-- both agree on both engines. DuckDB: a macro; PostgreSQL (sql/postgres/0007): an immutable SQL function.
CREATE MACRO petition_outcome_code(term_days, effective_due_on, answered_on, business_days_to_answer) AS
    CASE WHEN term_days IS NULL THEN 1
         WHEN effective_due_on IS NULL THEN 8
         WHEN answered_on IS NULL THEN 9
         WHEN answered_on <= effective_due_on THEN 2
         ELSE 3 END
    + 16 * COALESCE(business_days_to_answer + 1, 0);

ALTER TABLE fct_petition ADD COLUMN outcome_code INTEGER;

UPDATE fct_petition
SET outcome_code = petition_outcome_code(term_days, effective_due_on, answered_on, business_days_to_answer);

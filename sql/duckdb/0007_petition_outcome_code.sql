-- Marts: the part of a petition's status that does not depend on the cut-off, stored at load time so the
-- measures (sql/indicators/petition_measures.sql) decide most rows' status with one comparison and read fewer
-- columns (bench/RESULTS.md, «Motor de indicadores»).
--
-- outcome_code = kind + 8 × slot: the kind in the low three bits, and above them the response time as
-- slot = business_days_to_answer + 2, or 1 when there is none (never 0, so a stored code is never below 8 and the
-- measures can give the open statuses the codes 0 to 7):
--   kind 1  felicitación (no term)              2  answered on or before effective_due_on (oportuno)
--        3  answered after it (no oportuno)     4  a term but no due date (bad data)
--        5  not answered, with a term and a due date
-- Eight values a slot, not more: the measures count in an array as long as the codes' range, and a shorter one
-- stays in the processor's cache (16 a slot measured ~3 ms slower on 10 M petitions).
-- Whether a petition counts as answered is still decided per query (answered_on <= cut-off): one answered after
-- the cut-off is open at that cut-off whatever its kind says.
-- The ETL's bulk writers compute the same formula in C# (Indicators.Terms.PetitionOutcome); a test checks that
-- both agree on both engines. DuckDB: a macro; PostgreSQL (sql/postgres/0007): an immutable SQL function.
CREATE MACRO petition_outcome_code(term_days, effective_due_on, answered_on, business_days_to_answer) AS
    CASE WHEN term_days IS NULL THEN 1
         WHEN effective_due_on IS NULL THEN 4
         WHEN answered_on IS NULL THEN 5
         WHEN answered_on <= effective_due_on THEN 2
         ELSE 3 END
    + 8 * COALESCE(business_days_to_answer + 2, 1);

ALTER TABLE fct_petition ADD COLUMN outcome_code INTEGER;

UPDATE fct_petition
SET outcome_code = petition_outcome_code(term_days, effective_due_on, answered_on, business_days_to_answer);

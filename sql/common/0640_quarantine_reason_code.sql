-- Why a row went to quarantine as a stable code (Etl.Load.QuarantineReason), beside the Spanish text: the summary and
-- the Calidad de datos page group by it instead of re-reading the prose. Rows quarantined before this migration keep
-- a NULL code; loading their file again replaces them with coded rows.
ALTER TABLE etl_quarantine ADD COLUMN reason_code VARCHAR;

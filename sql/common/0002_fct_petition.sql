-- Marts: one row per petition (PQRSD). Natural key: entity + radicado.
-- Dates are stored, statuses are not: the status depends on the cut-off date asked for, so it is
-- computed at query time from effective_due_on and answered_on.

CREATE SEQUENCE seq_petition START 1;
CREATE TABLE fct_petition (
    petition_id BIGINT PRIMARY KEY DEFAULT nextval('seq_petition'),
    entity_id INTEGER NOT NULL,
    radicado VARCHAR NOT NULL,
    source VARCHAR NOT NULL,
    type_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    dependency_id INTEGER NOT NULL,
    topic_id INTEGER,
    filed_on DATE NOT NULL,
    filed_date_key INTEGER NOT NULL,
    term_days INTEGER,                       -- the legal term that applied at filing (NULL: felicitación)
    due_on DATE,                             -- term-th business day after filing, entity calendar
    extension_due_on DATE,                   -- the extension as the export gave it (date, or days converted)
    extension_valid BOOLEAN,                 -- NULL: no extension
    effective_due_on DATE,                   -- extension_due_on when valid, otherwise due_on
    answered_on DATE,
    business_days_to_answer INTEGER,
    source_due_on DATE,                      -- the source system's own due date, kept to report disagreement
    transferred BOOLEAN NOT NULL DEFAULT FALSE,  -- traslado por competencia (art. 21)
    petitioner_type VARCHAR,
    petitioner_hash VARCHAR,                 -- salted SHA-256 of the petitioner id, only when a profile asks
    row_hash VARCHAR NOT NULL,               -- hash of the loaded attributes: an unchanged re-load is a no-op
    first_run_id BIGINT,
    last_run_id BIGINT,
    loaded_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (entity_id, radicado)
);
CREATE INDEX ix_fct_petition_filed ON fct_petition (filed_on);
CREATE INDEX ix_fct_petition_dependency ON fct_petition (dependency_id);

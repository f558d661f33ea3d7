-- Staging: the canonical rows of one load, renamed and cast from the source, before the merge into marts.
-- Plus the ETL's own books: every run, and every quarantined row with file, line, column and reason.

CREATE TABLE stg_petition (
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    radicado VARCHAR NOT NULL,
    type_code VARCHAR NOT NULL,
    channel_code VARCHAR NOT NULL,
    channel_name VARCHAR NOT NULL,
    dependency_name VARCHAR NOT NULL,
    dependency_key VARCHAR NOT NULL,         -- accent- and case-folded: the dimension's natural key
    dependency_known BOOLEAN NOT NULL,
    topic_name VARCHAR,
    topic_key VARCHAR,
    filed_on DATE NOT NULL,
    answered_on DATE,
    -- The legal terms are computed in C# while staging (the business-day calendar lives in code),
    -- so staging already carries them; the merge only looks up keys.
    term_days INTEGER,
    due_on DATE,
    extension_due_on DATE,
    extension_valid BOOLEAN,
    effective_due_on DATE,
    business_days_to_answer INTEGER,
    source_due_on DATE,
    transferred BOOLEAN NOT NULL,
    petitioner_type VARCHAR,
    petitioner_hash VARCHAR,
    row_hash VARCHAR NOT NULL
);

CREATE SEQUENCE seq_etl_run START 1;
CREATE TABLE etl_run (
    run_id BIGINT PRIMARY KEY DEFAULT nextval('seq_etl_run'),
    source VARCHAR NOT NULL,
    file_name VARCHAR,
    file_sha256 VARCHAR,
    cut_off DATE,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    rows_read BIGINT NOT NULL DEFAULT 0,
    rows_inserted BIGINT NOT NULL DEFAULT 0,
    rows_updated BIGINT NOT NULL DEFAULT 0,
    rows_unchanged BIGINT NOT NULL DEFAULT 0,
    rows_quarantined BIGINT NOT NULL DEFAULT 0,
    status VARCHAR NOT NULL,                 -- en_curso, exitosa, fallida
    error VARCHAR
);

CREATE SEQUENCE seq_etl_quarantine START 1;
CREATE TABLE etl_quarantine (
    quarantine_id BIGINT PRIMARY KEY DEFAULT nextval('seq_etl_quarantine'),
    run_id BIGINT NOT NULL,
    source VARCHAR NOT NULL,
    file_name VARCHAR,
    file_sha256 VARCHAR,                     -- a re-run of the same file replaces its quarantine
    line BIGINT NOT NULL,
    column_name VARCHAR,
    reason VARCHAR NOT NULL,                 -- Spanish, for the clerk who fixes the export
    row_data VARCHAR                         -- the row as JSON, personal-data columns already removed
);
CREATE INDEX ix_etl_quarantine_run ON etl_quarantine (run_id);

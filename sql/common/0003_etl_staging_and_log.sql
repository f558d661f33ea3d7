-- Staging: the canonical rows of one load, renamed and cast from the source, before the merge into marts.
-- Plus the ETL's own books: every run, and every quarantined row with file, line, column and reason.

CREATE TABLE stg_petition (
    run_id BIGINT NOT NULL,
    line BIGINT NOT NULL,
    entity_name VARCHAR NOT NULL,
    radicado VARCHAR NOT NULL,
    type_code VARCHAR NOT NULL,
    channel_code VARCHAR,
    dependency_name VARCHAR,
    topic_name VARCHAR,
    filed_on DATE NOT NULL,
    answered_on DATE,
    extension_due_on DATE,
    extension_days INTEGER,
    extension_notified_on DATE,
    source_due_on DATE,
    transferred BOOLEAN,
    petitioner_type VARCHAR,
    petitioner_hash VARCHAR
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
    line BIGINT NOT NULL,
    column_name VARCHAR,
    reason VARCHAR NOT NULL,                 -- Spanish, for the clerk who fixes the export
    row_data VARCHAR                         -- the row as JSON, personal-data columns already removed
);
CREATE INDEX ix_etl_quarantine_run ON etl_quarantine (run_id);

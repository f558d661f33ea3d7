-- Marts: citizen-satisfaction surveys. One row per response (fct_survey_response), one per response and scored
-- question (fct_survey_answer, blank answers included with NULL points, so every response counts in every slice),
-- one per kept comment (fct_survey_comment, masked before storage). No personal data: the loader drops it on reading.
-- Natural key of a response: entity + source + response_key (the export's id, or the row's fingerprint and occurrence).
-- Engine-neutral SQL (DuckDB and PostgreSQL alike).

CREATE SEQUENCE seq_survey_question START 1;
CREATE TABLE dim_survey_question (
    question_id INTEGER PRIMARY KEY DEFAULT nextval('seq_survey_question'),
    entity_id INTEGER NOT NULL,
    code VARCHAR NOT NULL,                     -- the profile's "codigo": what "--por pregunta" shows
    code_key VARCHAR NOT NULL,
    question_text VARCHAR NOT NULL,            -- the column header, as last loaded
    UNIQUE (entity_id, code_key)
);

CREATE SEQUENCE seq_survey_dimension START 1;
CREATE TABLE dim_survey_dimension (
    dimension_id INTEGER PRIMARY KEY DEFAULT nextval('seq_survey_dimension'),
    name VARCHAR NOT NULL,
    name_key VARCHAR NOT NULL UNIQUE
);
INSERT INTO dim_survey_dimension (dimension_id, name, name_key) VALUES (0, 'Sin dimensión', 'sin dimension');

CREATE SEQUENCE seq_value_group START 1;
CREATE TABLE dim_value_group (
    value_group_id INTEGER PRIMARY KEY DEFAULT nextval('seq_value_group'),
    name VARCHAR NOT NULL,
    name_key VARCHAR NOT NULL UNIQUE
);
INSERT INTO dim_value_group (value_group_id, name, name_key) VALUES (0, 'Sin dato', 'sin dato');

CREATE TABLE fct_survey_response (
    response_id BIGINT PRIMARY KEY,
    entity_id INTEGER NOT NULL,
    source VARCHAR NOT NULL,
    response_key VARCHAR NOT NULL,
    responded_on DATE NOT NULL,
    dependency_id INTEGER NOT NULL,
    channel_id INTEGER NOT NULL,
    value_group_id INTEGER NOT NULL,           -- 0: sin dato
    radicado VARCHAR,                          -- the petition the survey followed, when the form asks
    row_hash VARCHAR NOT NULL,
    first_run_id BIGINT,
    last_run_id BIGINT,
    loaded_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (entity_id, source, response_key)
);
CREATE SEQUENCE seq_survey_response START 1;
CREATE INDEX ix_fct_survey_response_on ON fct_survey_response (responded_on);

CREATE TABLE fct_survey_answer (
    response_id BIGINT NOT NULL,
    question_id INTEGER NOT NULL,
    dimension_id INTEGER NOT NULL,
    points INTEGER,                            -- NULL: no valid answer (blank, "No sabe / No responde")
    answer_label VARCHAR,                      -- the scale's label (or the number) for the answer distribution
    scale_low INTEGER NOT NULL,                -- the question's scale when loaded: top two boxes are high and high - 1,
    scale_high INTEGER NOT NULL,               -- rescaled to 1-5 as 1 + 4 (points - low) / (high - low)
    is_nps BOOLEAN NOT NULL
);
CREATE INDEX ix_fct_survey_answer_response ON fct_survey_answer (response_id);

CREATE TABLE fct_survey_comment (
    response_id BIGINT NOT NULL,
    column_name VARCHAR NOT NULL,
    comment_text VARCHAR NOT NULL              -- e-mails, phones and identity numbers masked by the loader
);
CREATE INDEX ix_fct_survey_comment_response ON fct_survey_comment (response_id);

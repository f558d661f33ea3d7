-- Marts: conformed dimensions of the star schema. Engine-neutral SQL (DuckDB and PostgreSQL alike).
-- Foreign keys are not declared: the loaders own referential integrity, and DuckDB's eager constraint
-- checks make updates of referenced rows fail.

CREATE TABLE dim_date (
    date_key INTEGER PRIMARY KEY,              -- yyyymmdd
    full_date DATE NOT NULL UNIQUE,
    year SMALLINT NOT NULL,
    month SMALLINT NOT NULL,
    day SMALLINT NOT NULL,
    month_name VARCHAR NOT NULL,               -- enero .. diciembre
    day_of_week SMALLINT NOT NULL,             -- 1 = lunes .. 7 = domingo
    day_name VARCHAR NOT NULL,
    iso_year SMALLINT NOT NULL,
    iso_week SMALLINT NOT NULL,
    quarter SMALLINT NOT NULL,
    cuatrimestre SMALLINT NOT NULL,            -- 1: ene-abr, 2: may-ago, 3: sep-dic (PAAC follow-up cut-offs)
    semester SMALLINT NOT NULL,
    is_weekend BOOLEAN NOT NULL,
    is_holiday BOOLEAN NOT NULL,
    holiday_name VARCHAR,
    is_business_day BOOLEAN NOT NULL,          -- national calendar; entity closures are applied at load
    business_day_index INTEGER NOT NULL        -- business days from 1990-01-01 up to and including this day
);

CREATE SEQUENCE seq_entity START 1;
CREATE TABLE dim_entity (
    entity_id INTEGER PRIMARY KEY DEFAULT nextval('seq_entity'),
    name VARCHAR NOT NULL,
    name_key VARCHAR NOT NULL UNIQUE,          -- accent- and case-folded name, the natural key
    dane_code VARCHAR                          -- kept as text: "08001" is not 8001
);

CREATE SEQUENCE seq_dependency START 1;
CREATE TABLE dim_dependency (
    dependency_id INTEGER PRIMARY KEY DEFAULT nextval('seq_dependency'),
    entity_id INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    name_key VARCHAR NOT NULL,
    is_known BOOLEAN NOT NULL DEFAULT TRUE,    -- false: a value no profile alias recognised, kept and reported
    UNIQUE (entity_id, name_key)
);

CREATE SEQUENCE seq_channel START 100;
CREATE TABLE dim_channel (
    channel_id INTEGER PRIMARY KEY DEFAULT nextval('seq_channel'),
    code VARCHAR NOT NULL UNIQUE,
    name VARCHAR NOT NULL,
    is_known BOOLEAN NOT NULL DEFAULT TRUE
);
INSERT INTO dim_channel (channel_id, code, name) VALUES
    (1, 'presencial', 'Presencial'),
    (2, 'telefonico', 'Telefónico'),
    (3, 'virtual', 'Virtual / web'),
    (4, 'correo', 'Correo electrónico'),
    (5, 'escrito', 'Escrito / correspondencia'),
    (6, 'redes', 'Redes sociales'),
    (99, 'sin_dato', 'Sin dato');

CREATE TABLE dim_petition_type (
    type_id INTEGER PRIMARY KEY,
    code VARCHAR NOT NULL UNIQUE,
    name VARCHAR NOT NULL,
    term_days INTEGER,                         -- Ley 1755 de 2015 art. 14; NULL: no term (felicitación)
    decree491_term_days INTEGER                -- Decreto 491 de 2020 art. 5, filings 2020-03-28 .. 2022-05-16
);
INSERT INTO dim_petition_type (type_id, code, name, term_days, decree491_term_days) VALUES
    (1, 'peticion', 'Petición de interés general o particular', 15, 30),
    (2, 'queja', 'Queja', 15, 30),
    (3, 'reclamo', 'Reclamo', 15, 30),
    (4, 'sugerencia', 'Sugerencia', 15, 30),
    (5, 'denuncia', 'Denuncia', 15, 30),
    (6, 'informacion', 'Solicitud de documentos o de información', 10, 20),
    (7, 'consulta', 'Consulta', 30, 35),
    (8, 'felicitacion', 'Felicitación', NULL, NULL);

CREATE SEQUENCE seq_topic START 1;
CREATE TABLE dim_topic (
    topic_id INTEGER PRIMARY KEY DEFAULT nextval('seq_topic'),
    entity_id INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    name_key VARCHAR NOT NULL,
    UNIQUE (entity_id, name_key)
);

-- Marts: development-plan goals (plan indicativo). One row per product goal of a cuatrienio, its programmed and
-- achieved values per year or quarter, and the plan's own groupings (línea estratégica, sector, programa).
-- Engine-neutral SQL. The goal's responsible dependency is the same dim_dependency member petitions use.

CREATE SEQUENCE seq_plan_group START 1;
CREATE TABLE dim_plan_group (
    group_id INTEGER PRIMARY KEY DEFAULT nextval('seq_plan_group'),
    entity_id INTEGER NOT NULL,
    kind VARCHAR NOT NULL,                     -- linea, sector, programa
    name VARCHAR NOT NULL,
    name_key VARCHAR NOT NULL,                 -- accent- and case-folded name
    UNIQUE (entity_id, kind, name_key)
);

CREATE SEQUENCE seq_plan_goal START 1;
CREATE TABLE dim_plan_goal (
    goal_id INTEGER PRIMARY KEY DEFAULT nextval('seq_plan_goal'),
    entity_id INTEGER NOT NULL,
    first_year SMALLINT NOT NULL,              -- the cuatrienio, e.g. 2024 .. 2027
    last_year SMALLINT NOT NULL,
    goal_code VARCHAR NOT NULL,                -- the plan's own id ("3204001", "1.1.1"), as written
    goal_key VARCHAR NOT NULL,                 -- folded goal_code: the identity within entity and cuatrienio
    line_id INTEGER,
    sector_id INTEGER,
    program_id INTEGER,
    dependency_id INTEGER NOT NULL,
    goal_text VARCHAR NOT NULL,
    indicator_name VARCHAR,
    unit VARCHAR,
    baseline DOUBLE PRECISION,
    four_year_target DOUBLE PRECISION,
    accumulation VARCHAR NOT NULL,             -- suma, incremento, reduccion, mantenimiento, flujo, capacidad
    weight DOUBLE PRECISION,                   -- NULL: the profile maps no weight (every goal weighs 1)
    source VARCHAR NOT NULL,
    row_hash VARCHAR NOT NULL,                 -- fingerprint of the goal and its values: an unchanged goal is not rewritten
    first_run_id BIGINT NOT NULL,
    last_run_id BIGINT NOT NULL,
    UNIQUE (entity_id, first_year, goal_key)
);

-- quarter 0: a value for the whole year. A year with quarters keeps only its quarters (its value is their sum).
CREATE TABLE fct_plan_value (
    goal_id INTEGER NOT NULL,
    year SMALLINT NOT NULL,
    quarter SMALLINT NOT NULL,
    period_end DATE NOT NULL,
    programmed DOUBLE PRECISION,               -- NULL: not programmed ("NP", blank or 0)
    achieved DOUBLE PRECISION                  -- NULL: nothing reported
);
CREATE INDEX ix_fct_plan_value_goal ON fct_plan_value (goal_id);

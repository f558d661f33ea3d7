-- Marts for the Plan Anticorrupción y de Atención al Ciudadano (PAAC) and the Programa de Transparencia y Ética
-- Pública (PTEP): the plan's activities per vigencia and the progress the Oficina de Control Interno reports for
-- each at every follow-up cut-off (April 30, August 31, December 31). Engine-neutral SQL.
-- An activity's identity: entity, plan, vigencia, component and its number in the plan ("2.2." is "2.2"); the
-- component is part of it because plans number activities within each component (1.1 in every one).

CREATE SEQUENCE seq_paac_component START 1;
CREATE TABLE dim_paac_component (
    component_id INTEGER PRIMARY KEY DEFAULT nextval('seq_paac_component'),
    entity_id INTEGER NOT NULL,
    plan_code VARCHAR NOT NULL,                -- PAAC, PTEP
    number SMALLINT,                           -- 1..6 in a PAAC; as the file numbers them in a PTEP
    name VARCHAR NOT NULL,
    name_key VARCHAR NOT NULL,                 -- folded name, the natural key
    UNIQUE (entity_id, plan_code, name_key)
);

CREATE SEQUENCE seq_paac_subcomponent START 1;
CREATE TABLE dim_paac_subcomponent (
    subcomponent_id INTEGER PRIMARY KEY DEFAULT nextval('seq_paac_subcomponent'),
    component_id INTEGER NOT NULL,
    name VARCHAR NOT NULL,
    name_key VARCHAR NOT NULL,
    UNIQUE (component_id, name_key)
);

CREATE SEQUENCE seq_paac_activity START 1;
CREATE TABLE fct_paac_activity (
    activity_id BIGINT PRIMARY KEY DEFAULT nextval('seq_paac_activity'),
    entity_id INTEGER NOT NULL,
    plan_code VARCHAR NOT NULL,
    vigencia SMALLINT NOT NULL,
    component_id INTEGER NOT NULL,
    activity_number VARCHAR NOT NULL,
    subcomponent_id INTEGER,                   -- NULL: the plan names none
    dependency_id INTEGER,                     -- the responsable as a dependency of the entity (dim_dependency); NULL: none
    activity VARCHAR NOT NULL,
    goal VARCHAR,                              -- "Meta o producto"
    responsible VARCHAR,                       -- as written in the plan, before aliases
    scheduled_text VARCHAR,                    -- "Fecha programada" as written
    scheduled_on DATE,                         -- the day it falls due; NULL for recurring wording (due at every cut-off)
    is_recurring BOOLEAN NOT NULL,
    source VARCHAR NOT NULL,
    file_name VARCHAR,
    sheet VARCHAR,
    line BIGINT,
    row_hash VARCHAR NOT NULL,                 -- what the plan says of it: a re-load with the same text changes nothing
    first_run_id BIGINT NOT NULL,
    last_run_id BIGINT NOT NULL,
    UNIQUE (entity_id, plan_code, vigencia, component_id, activity_number)
);

CREATE TABLE fct_paac_followup (
    activity_id BIGINT NOT NULL,
    cut_off DATE NOT NULL,
    progress NUMERIC(7, 3),                    -- percent points 0-100; NULL: observations without a progress
    observations VARCHAR,
    run_id BIGINT NOT NULL,
    PRIMARY KEY (activity_id, cut_off)
);

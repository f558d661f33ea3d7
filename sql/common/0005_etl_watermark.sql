-- Where the next incremental pull of a source database resumes: the highest value of the profile's
-- "columna_marca_agua" loaded so far. Written in the same transaction as the load it belongs to.
CREATE TABLE etl_watermark (
    source VARCHAR PRIMARY KEY,
    column_name VARCHAR NOT NULL,
    value_text VARCHAR NOT NULL,             -- invariant text of the value
    value_type VARCHAR NOT NULL,             -- fecha_hora, fecha, entero, decimal, texto: to give it back typed
    run_id BIGINT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

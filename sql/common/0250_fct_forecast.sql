-- Marts: the stored demand forecast (docs/pronostico.md). Each training run replaces the rows of its own origin
-- (the training cut-off) and frequency, so runs made on different days are kept side by side with the day they
-- were made; pages read the latest origin and never train.
CREATE TABLE fct_forecast (
    origin DATE NOT NULL,                    -- training cut-off: only arrivals filed on or before it were used
    frequency VARCHAR NOT NULL,              -- dia, semana, mes
    slice VARCHAR NOT NULL,                  -- entidad, dependencia, canal, tipo
    series VARCHAR NOT NULL,                 -- the member's name ("Entidad" for the entity's own series)
    period_start DATE NOT NULL,              -- the day, the week's Monday, the month's first day
    horizon INTEGER NOT NULL,                -- 1 = the period holding the day after the origin
    point FLOAT8 NOT NULL,
    lower_bound FLOAT8 NOT NULL,             -- 80 % interval
    upper_bound FLOAT8 NOT NULL,
    method VARCHAR NOT NULL,                 -- modelo, media_8_semanas, ingenuo_estacional
    reason VARCHAR,                          -- why a baseline is shown instead of the model
    model_version VARCHAR NOT NULL,
    made_at TIMESTAMP NOT NULL
);
CREATE INDEX ix_fct_forecast_origin ON fct_forecast (origin, frequency);

-- The backtest that judged each run: per series and method (and series '*' for all series together).
CREATE TABLE fct_forecast_backtest (
    origin DATE NOT NULL,
    frequency VARCHAR NOT NULL,
    slice VARCHAR NOT NULL,
    series VARCHAR NOT NULL,
    method VARCHAR NOT NULL,
    mase FLOAT8,
    coverage FLOAT8,
    errors INTEGER NOT NULL,
    origins INTEGER NOT NULL,
    model_version VARCHAR NOT NULL,
    made_at TIMESTAMP NOT NULL
);

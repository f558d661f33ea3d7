-- Marts, PostgreSQL only: the early warnings (Indicators.EarlyWarning: riesgo de vencimiento, shown on Por vencer
-- and the despacho's Resumen) ask for the petitions due in the next four weeks and for the answers of the last
-- weeks. Without an index on those dates PostgreSQL reads the whole fact table for each: on 10 M petitions
-- Por vencer took 18-42 s the first time (docs/escala.md). With them both are range reads (11.4 s -> 0.3 s and
-- 3.5 s -> 1.1 s on the same loaded machine). DuckDB keeps no secondary indexes (0006): its scans are columnar.
CREATE INDEX ix_fct_petition_effective_due ON fct_petition (effective_due_on);
CREATE INDEX ix_fct_petition_answered ON fct_petition (answered_on);

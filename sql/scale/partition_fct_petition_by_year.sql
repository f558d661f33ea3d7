-- PostgreSQL only, not a migration: an operator runs it once, in a maintenance window, on a warehouse that has
-- grown past tens of millions of petitions (docs/escala.md says when it pays and what it costs). It turns
-- fct_petition into a table partitioned by filing year, so a panel for one period reads only that period's
-- partitions and a year's old data can be detached and archived whole. bench/Indicators.Bench --particionada
-- measures exactly this script.
--
-- What changes for the product: nothing in its SQL. The ETL finds existing petitions with NOT EXISTS on
-- (entity_id, radicado), not with ON CONFLICT, so the natural key needs no unique index across partitions;
-- PostgreSQL requires the partition key in every unique index, hence (petition_id, filed_on) and
-- (entity_id, radicado, filed_on). A corrected filing date moves its row to the right partition (UPDATE does).
--
-- The secondary indexes are those of the migrations (0002, 0560), created again on the partitioned table.
--
-- Years 2000..2040 get their own partition; anything else lands in the default one. pg_partman (Debian package
-- postgresql-15-partman) can create future years on a schedule instead of this fixed range.
BEGIN;
LOCK TABLE fct_petition IN ACCESS EXCLUSIVE MODE;
ALTER TABLE fct_petition RENAME TO fct_petition_unpartitioned;
ALTER INDEX ix_fct_petition_filed RENAME TO ix_fct_petition_unpartitioned_filed;
ALTER INDEX ix_fct_petition_dependency RENAME TO ix_fct_petition_unpartitioned_dependency;
ALTER INDEX ix_fct_petition_effective_due RENAME TO ix_fct_petition_unpartitioned_effective_due;
ALTER INDEX ix_fct_petition_answered RENAME TO ix_fct_petition_unpartitioned_answered;

CREATE TABLE fct_petition (LIKE fct_petition_unpartitioned INCLUDING DEFAULTS INCLUDING CONSTRAINTS)
    PARTITION BY RANGE (filed_on);
ALTER TABLE fct_petition ADD PRIMARY KEY (petition_id, filed_on);
ALTER TABLE fct_petition ADD UNIQUE (entity_id, radicado, filed_on);
CREATE INDEX ix_fct_petition_filed ON fct_petition (filed_on);
CREATE INDEX ix_fct_petition_dependency ON fct_petition (dependency_id);
CREATE INDEX ix_fct_petition_effective_due ON fct_petition (effective_due_on);
CREATE INDEX ix_fct_petition_answered ON fct_petition (answered_on);

DO $$
BEGIN
    FOR year IN 2000..2040 LOOP
        EXECUTE format('CREATE TABLE fct_petition_%s PARTITION OF fct_petition FOR VALUES FROM (%L) TO (%L)',
                       year, make_date(year, 1, 1), make_date(year + 1, 1, 1));
    END LOOP;
END $$;
CREATE TABLE fct_petition_other_years PARTITION OF fct_petition DEFAULT;

INSERT INTO fct_petition SELECT * FROM fct_petition_unpartitioned;
DROP TABLE fct_petition_unpartitioned;
COMMIT;
ANALYZE fct_petition;

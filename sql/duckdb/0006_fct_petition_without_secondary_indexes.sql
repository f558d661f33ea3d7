-- DuckDB only. Its ART indexes make bulk inserts several times slower, and its scans already skip row groups by
-- their min/max (zone maps), which serves the filters on filed_on and dependency_id. PostgreSQL keeps its B-trees.
DROP INDEX ix_fct_petition_filed;
DROP INDEX ix_fct_petition_dependency;

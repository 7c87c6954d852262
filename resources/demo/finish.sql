-- Run after the seed transaction commits, one statement per step, outside a transaction.

-- @step Vacuuming and analyzing
VACUUM (ANALYZE, FREEZE);
-- @step Resetting statistics
SELECT pg_stat_statements_reset();
SELECT pg_qualstats_reset();
SELECT pg_stat_reset();

-- Run after the seed transaction commits, one statement per step, outside a transaction.

-- @step Vacuuming and analyzing
VACUUM (ANALYZE, FREEZE);
-- @step Loading the tables into the buffer cache
CREATE EXTENSION IF NOT EXISTS pg_prewarm;
SELECT count(pg_prewarm(c.oid::regclass)) FROM pg_class c
 WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'i');
-- @step Resetting statistics
SELECT pg_stat_statements_reset();
SELECT pg_qualstats_reset();
SELECT pg_stat_reset();

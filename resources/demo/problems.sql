-- Problems for the health checks to find (sonde-cli demo --mode problems), planted after the
-- seed as the superuser, one step at a time outside a transaction (a step's statements run
-- as one implicit transaction: ALTER SYSTEM and VACUUM get steps of their own). Objects belong to "app"
-- like the rest of the demo; each step says which check it is for (docs/HEALTH.md).

-- @step Planting: a table autovacuum leaves alone (vacuum_behind)
SET ROLE app;
CREATE TABLE batch_jobs (id int PRIMARY KEY, state text NOT NULL)
    WITH (autovacuum_enabled = false);
INSERT INTO batch_jobs SELECT g, 'queued' FROM generate_series(1, 60000) g;
UPDATE batch_jobs SET state = 'done';

-- @step Planting: an archive emptied without VACUUM FULL (table_bloat)
CREATE TABLE event_archive (id int PRIMARY KEY, payload text NOT NULL)
    WITH (autovacuum_enabled = false);
INSERT INTO event_archive SELECT g, repeat(md5(g::text), 5) FROM generate_series(1, 600000) g;
DELETE FROM event_archive WHERE id % 10 <> 0;

-- @step Vacuuming the archive (the space stays in the table)
VACUUM ANALYZE event_archive;

-- @step Planting: an integer key close to 2^31 (sequence_near_limit)
CREATE TABLE invoices (id serial PRIMARY KEY, amount numeric NOT NULL);
SELECT setval('invoices_id_seq', 2040000000);
INSERT INTO invoices (amount) SELECT 10 + g % 90 FROM generate_series(1, 500) g;
CREATE INDEX invoices_amount_idx ON invoices (amount);
CREATE INDEX invoices_amount_idx1 ON invoices (amount);
ANALYZE invoices;

-- @step Planting: a sort larger than work_mem (work_mem)
SELECT count(*) FROM (SELECT g FROM generate_series(1, 500000) g ORDER BY md5(g::text)) s;

-- @step Planting: a table with a low freeze limit (xid_wraparound)
CREATE TABLE legacy_flags (id int) WITH (autovacuum_freeze_max_age = 100000);
INSERT INTO legacy_flags VALUES (1);
CREATE TABLE wal_churn (id int, pad text);

-- @step Planting: settings to fix (checkpoints_requested, track_io_timing)
RESET ROLE;
-- @step Planting: a small max_wal_size
ALTER SYSTEM SET max_wal_size = '32MB';
-- @step Planting: track_io_timing off
ALTER SYSTEM SET track_io_timing = off;
-- @step Checkpoints at full speed while planting
-- A requested checkpoint is otherwise spread over checkpoint_timeout × 0.9 (270 s) when no
-- more WAL comes: the bursts below would wait minutes for it to be counted.
ALTER SYSTEM SET checkpoint_completion_target = 0;
-- @step Reloading the configuration
SELECT pg_reload_conf();

-- @step Planting: WAL past max_wal_size (checkpoints_requested)
-- A requested checkpoint is counted when it ends, and bursts that arrive while one runs
-- merge into one request: each burst writes WAL past max_wal_size, then waits until the
-- server has counted the checkpoint it requested, so every burst is one more; six bursts
-- (the check wants five), at most 40, each wait at most 60 s.
CREATE PROCEDURE plant_requested_checkpoints(wanted int, bursts int) LANGUAGE plpgsql AS $$
DECLARE
    at_start bigint;
    before bigint;
    counted bigint;
BEGIN
    SELECT checkpoints_req INTO at_start FROM pg_stat_bgwriter;
    counted := at_start;
    FOR i IN 1..bursts LOOP
        before := counted;
        INSERT INTO wal_churn SELECT g, repeat('w', 120) FROM generate_series(1, 300000) g;
        TRUNCATE wal_churn;
        COMMIT;
        FOR w IN 1..300 LOOP
            PERFORM pg_stat_clear_snapshot();
            SELECT checkpoints_req INTO counted FROM pg_stat_bgwriter;
            EXIT WHEN counted > before;
            PERFORM pg_sleep(0.2);
        END LOOP;
        EXIT WHEN counted >= at_start + wanted;
    END LOOP;
END $$;
-- @step Planting: WAL bursts until the server counts requested checkpoints
CALL plant_requested_checkpoints(6, 40);

-- @step Checkpoints spread again
ALTER SYSTEM RESET checkpoint_completion_target;
-- @step Reloading the configuration
SELECT pg_reload_conf();

-- @step Planting: transaction IDs to age the legacy table (xid_wraparound)
DROP PROCEDURE plant_requested_checkpoints(int, int);
CREATE PROCEDURE burn_transaction_ids(n int) LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN 1..n LOOP
        PERFORM txid_current();
        COMMIT;
    END LOOP;
END $$;

-- A pgbench script with \if, \gset and a pipeline, for perf/engine-vs-reference.sh:
-- pgbench and sonde-cli run this same file.
\set aid random(1, 100000 * :scale)
\set tid random(1, 10 * :scale)
\set bid random(1, :scale)
\if :aid % 2 = 0
SELECT abalance FROM pgbench_accounts WHERE aid = :aid \gset
\else
SELECT abalance + 0 AS abalance FROM pgbench_accounts WHERE aid = :aid \gset
\endif
\startpipeline
SELECT tbalance FROM pgbench_tellers WHERE tid = :tid;
SELECT bbalance FROM pgbench_branches WHERE bid = :bid;
SELECT :abalance::int + 1 AS next_balance;
\endpipeline

// The scripts of tst_pgbench_scripts. Those named after a case of PostgreSQL 15's
// src/bin/pgbench/t/001_pgbench_with_server.pl are that case's script; isolation is set
// with BEGIN … ISOLATION LEVEL where the TAP test sets PGOPTIONS.
#pragma once

#include "bench/BenchmarkConfig.h"

#include <QString>

namespace {

const QString ServerExpressionScript = QStringLiteral(R"(\set i1 debug(random(10, 19))
\set d4 debug(greatest(4, 2, -1.17) * 4.0 * Ln(Exp(1.0)))
\set n6 debug(:n IS NULL AND NOT :f)
\set v0 NULL
\set v1 TRUE
\set v2 5432
\set v3 -54.21E-2
SELECT :v0, :v1, :v2, :v3;
\if :v2 > 0
\set x debug(65)
\endif
)");

const QString GsetScript = QStringLiteral(R"(-- test gset
-- no columns
SELECT \gset
-- one value
SELECT 0 AS i0 \gset
\set i debug(:i0)
-- two values
SELECT 1 AS i1, 2 AS i2 \gset
\set i debug(:i1)
\set i debug(:i2)
-- with prefix
SELECT 3 AS i3 \gset x_
\set i debug(:x_i3)
-- overwrite existing variable
SELECT 0 AS i4, 4 AS i4 \gset
\set i debug(:i4)
-- work on the last SQL command under \;
\; \; SELECT 0 AS i5 \; SELECT 5 AS i5 \; \; \gset
\set i debug(:i5)
)");

const QString AsetScript = QStringLiteral(R"(
-- test aset, which applies to a combined query
\; SELECT 6 AS i6 \; SELECT 7 AS i7 \; \aset
-- unless it returns more than one row, last is kept
SELECT 8 AS i6 UNION SELECT 9 ORDER BY 1 DESC \aset
\set i debug(:i6)
\set i debug(:i7)
)");

const QString PipelineScript = QStringLiteral(R"(-- test startpipeline
\startpipeline
select 1;
select 1;
select 1;
select 1;
select 1;
select 1;
select 1;
select 1;
select 1;
select 1;
\endpipeline
SELECT 10 AS n \gset
\set m :n
\set o debug(:m)
)");

struct RunErrorCase
{
    const char *name;
    const char *script;
    sonde::QueryProtocol protocol;
    const char *message;
};

// Cases pgbench fails when they run (exit status 2).
const RunErrorCase RunErrorCases[] = {
    {"gset two rows", "\nSELECT 5432 AS fail UNION SELECT 5433 ORDER BY 1 \\gset\n",
     sonde::QueryProtocol::Simple, R"(expected one row, got 2\b)"},
    {"aset empty",
     "\n-- empty result\n\\; SELECT 5432 AS i8 WHERE FALSE \\; \\aset\n"
     "\\set i debug(:i8)\n",
     sonde::QueryProtocol::Simple, R"(undefined variable "i8")"},
    {"gset no row", R"(SELECT WHERE FALSE \gset)", sonde::QueryProtocol::Prepared,
     R"(expected one row, got 0\b)"},
    {"gset non SELECT", R"(DROP TABLE IF EXISTS no_such_table \gset)",
     sonde::QueryProtocol::Prepared, R"(expected one row, got 0)"},
    {"gset bad default name", R"(SELECT 1 \gset)", sonde::QueryProtocol::Prepared,
     R"(error storing into variable \?column\?)"},
    {"gset bad name", R"(SELECT 1 AS "bad name!" \gset)", sonde::QueryProtocol::Prepared,
     R"(error storing into variable bad name!)"},
    {"startpipeline twice", "\n-- startpipeline twice\n\\startpipeline\n\\startpipeline\n",
     sonde::QueryProtocol::Extended, R"(already in pipeline mode)"},
    {"endpipeline with no start", "\n-- pipeline not started\n\\endpipeline\n",
     sonde::QueryProtocol::Extended, R"(not in pipeline mode)"},
    {"gset in pipeline mode", "\n\\startpipeline\nselect 1 \\gset f\n\\endpipeline\n",
     sonde::QueryProtocol::Extended, R"(gset .*not allowed in pipeline mode)"},
    {"incomplete transaction block", "BEGIN;SELECT 1;", sonde::QueryProtocol::Prepared,
     R"(end of script reached without completing the last transaction)"},
};

const QString ConflictTables =
    QStringLiteral("DROP TABLE IF EXISTS first_client_table, xy; "
                   "CREATE UNLOGGED TABLE first_client_table (value integer); "
                   "CREATE UNLOGGED TABLE xy (x integer, y integer); "
                   "INSERT INTO xy VALUES (1, 2); "
                   "GRANT ALL ON first_client_table, xy TO app");

// 001's serialization case: the first client lets the second start and waits until it
// blocks; the second then fails on a serialization error, and its retry draws the same
// delta.
const QString SerializationScript = QStringLiteral(R"(
\set delta debug(random(-5000, 5000))

-- The second client will stop here
SELECT pg_advisory_lock(0);

-- Start transaction with concurrent update
BEGIN ISOLATION LEVEL REPEATABLE READ;
UPDATE xy SET y = y + :delta WHERE x = 1 AND pg_advisory_lock(1) IS NOT NULL;

-- Wait for the second client
DO $$
DECLARE
  exists boolean;
  waiters integer;
BEGIN
  -- The second client always comes in second, and the number of rows in the
  -- table first_client_table reflect this. Here the first client inserts a row,
  -- so the second client will see a non-empty table when repeating the
  -- transaction after the serialization error.
  SELECT EXISTS (SELECT * FROM first_client_table) INTO STRICT exists;
  IF NOT exists THEN
	-- Let the second client begin
	PERFORM pg_advisory_unlock(0);
	-- And wait until the second client tries to get the same lock
	LOOP
	  SELECT COUNT(*) INTO STRICT waiters FROM pg_locks WHERE
	  locktype = 'advisory' AND objsubid = 1 AND
	  ((classid::bigint << 32) | objid::bigint = 1::bigint) AND NOT granted;
	  IF waiters = 1 THEN
		INSERT INTO first_client_table VALUES (1);

		-- Exit loop
		EXIT;
	  END IF;
	END LOOP;
  END IF;
END$$;

COMMIT;
SELECT pg_advisory_unlock_all();
)");

// 001's deadlock case.
const QString DeadlockScript = QStringLiteral(R"(
-- Since the client with the deadlock error has not released the blocking locks,
-- let's do this here.
SELECT pg_advisory_unlock_all();

-- The second client and the client with the deadlock error stop here
SELECT pg_advisory_lock(0);
SELECT pg_advisory_lock(1);

-- The second client and the client with the deadlock error always come after
-- the first and the number of rows in the table first_client_table reflects
-- this. Here the first client inserts a row, so in the future the table is
-- always non-empty.
DO $$
DECLARE
  exists boolean;
BEGIN
  SELECT EXISTS (SELECT * FROM first_client_table) INTO STRICT exists;
  IF exists THEN
	-- We are the second client or the client with the deadlock error

	-- The first client will take care by itself of this lock (see below)
	PERFORM pg_advisory_unlock(0);

	PERFORM pg_advisory_lock(3);

	-- The second client can get a deadlock here
	PERFORM pg_advisory_lock(2);
  ELSE
	-- We are the first client

	-- This code should not be used in a new transaction after an error
	INSERT INTO first_client_table VALUES (1);

	PERFORM pg_advisory_lock(2);
  END IF;
END$$;

DO $$
DECLARE
  num_rows integer;
  waiters integer;
BEGIN
  -- Check if we are the first client
  SELECT COUNT(*) FROM first_client_table INTO STRICT num_rows;
  IF num_rows = 1 THEN
	-- This code should not be used in a new transaction after an error
	INSERT INTO first_client_table VALUES (2);

	-- Let the second client begin
	PERFORM pg_advisory_unlock(0);
	PERFORM pg_advisory_unlock(1);

	-- Make sure the second client is ready for deadlock
	LOOP
	  SELECT COUNT(*) INTO STRICT waiters FROM pg_locks WHERE
	  locktype = 'advisory' AND
	  objsubid = 1 AND
	  ((classid::bigint << 32) | objid::bigint = 2::bigint) AND
	  NOT granted;

	  IF waiters = 1 THEN
	    -- Exit loop
		EXIT;
	  END IF;
	END LOOP;

	PERFORM pg_advisory_lock(0);
    -- And the second client took care by itself of the lock 1
  END IF;
END$$;

-- The first client can get a deadlock here
SELECT pg_advisory_lock(3);

SELECT pg_advisory_unlock_all();
)");

const QString CustomScript1 = QStringLiteral(R"(-- select only
\set aid random(1, :scale * 100000)
SELECT abalance::INTEGER AS balance
  FROM pgbench_accounts
  WHERE aid=:aid;
)");

const QString CustomScript2 = QStringLiteral(R"(-- special variables
BEGIN;
\set foo 1
-- cast are needed for typing under -M prepared
SELECT :foo::INT + :scale::INT * :client_id::INT AS bla;
COMMIT;
)");

const QString EveryMetaCommand = QStringLiteral(R"(\set one 1.0
\sleep :one ms
\sleep 100 us
\setshell two echo 2
\shell true
\set n :start + :two
\if :n = 0
\set never 1 / 0
\elif :n < 0
\set never 1 / 0
\else
SELECT :n AS total, 3 AS three \gset r_
\endif
\startpipeline
SELECT :r_total::int + 0 AS t;
\endpipeline
\set t debug(:r_total)
\set u debug(:r_three)
SELECT 7 AS s \aset
\set v debug(:s)
)");

const QString QuotedMarkersScript = QStringLiteral(
    R"(INSERT INTO "odd--names" ("a--b", "c;d") VALUES (1, 'x--y;z'); -- a comment
SELECT count(*) AS n FROM "odd--names" WHERE "c;d" = $$x--y;z$$ /* ; -- */ \gset
\set m debug(:n)
)");

} // namespace

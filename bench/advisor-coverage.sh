#!/bin/sh
# Coverage of the index advice: the share of the workload's time in statements the advisor
# could plan, on the demo's own workload and on the statement corpus of tst_advisor_coverage.
#
#   bench/advisor-coverage.sh [BUILD_DIR] [SCALE] [WORKLOAD_SECONDS]
#
# Starts `sonde-cli demo` (thrashing cache) at SCALE (default 1 = 3.2 M rows), lets the
# application run WORKLOAD_SECONDS (default 120), runs `sonde-cli advise --json`, then loads
# tests/data/advisor_corpus_schema.sql into the demo database and runs `sonde-cli advise
# --file tests/data/advisor_corpus.sql --json`. Prints for each: statements planned, their
# routes, the planned share of the time and every statement not planned. A build from before
# the advice reported its coverage is measured from its "unhelped" list instead
# (could_not_plan and not_parseable statements). Stops the demo servers at the end.
set -eu
BUILD=${1:-build}
SCALE=${2:-1}
SECONDS_OF_WORKLOAD=${3:-120}
CLI="$BUILD/app/cli/sonde-cli"
SRC=$(cd "$(dirname "$0")/.." && pwd)
. "$(dirname "$0")/demo-workload.sh"
"$CLI" advise "$URI" --json --no-audit >"$DATA/advice.json" 2>"$DATA/advice.log"
psql -q -v ON_ERROR_STOP=1 "$URI" -f "$SRC/tests/data/advisor_corpus_schema.sql" >/dev/null
"$CLI" advise "$URI" --json --no-audit --file "$SRC/tests/data/advisor_corpus.sql" \
    >"$DATA/corpus.json" 2>"$DATA/corpus.log"

python3 - "$DATA/advice.json" "$DATA/corpus.json" <<'PY'
import json, math, sys

def coverage(d):
    if "coverage" in d:
        c = d["coverage"]
        return (c["planned_share"], c["planned_statements"], c["counted_statements"], c["routes"],
                [(u["share"], u["reason"], u["sql"]) for u in c["unplanned"]])
    # Before coverage was reported: statements that could not be planned or parsed, against
    # every statement the advisor listed (helped or not).
    shares = {}
    for r in d["recommendations"]:
        for s in r["statements"]:
            shares[s["sql"]] = (s["share"], None)
    for u in d["unhelped"]:
        shares[u["sql"]] = (u["share"], u["reason"])
    unplanned = [(s, reason, sql) for sql, (s, reason) in shares.items()
                 if reason in ("could_not_plan", "not_parseable")]
    total = sum(s for s, _ in shares.values())
    lost = sum(s for s, _, _ in unplanned)
    share = 1 - lost / total if total > 0 else 1
    return (share, len(shares) - len(unplanned), len(shares), {},
            [(s / total, reason, sql) for s, reason, sql in unplanned])

for name, path in (("demo workload", sys.argv[1]), ("corpus", sys.argv[2])):
    d = json.load(open(path))
    share, planned, counted, routes, unplanned = coverage(d)
    # Floor, as the advice itself says it: 99.96 % is not 100 %.
    print(f"{name}: {math.floor(1000 * share) / 10:.1f} % of the time planned, "
          f"{planned} of {counted} statements"
          + (f" {routes}" if routes else ""))
    for s, reason, sql in sorted(unplanned, reverse=True):
        print(f"  {100 * s:6.2f} %  {reason}: {' '.join(sql.split())[:110]}")
PY

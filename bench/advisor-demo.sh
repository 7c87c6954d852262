#!/bin/sh
# Times the index advisor on the demo's own workload and the builds it recommends.
#
#   bench/advisor-demo.sh [BUILD_DIR] [SCALE] [WORKLOAD_SECONDS]
#
# Starts `sonde-cli demo` (thrashing cache, so reads reach PostgreSQL) at SCALE (default
# 1 = 3.2 M rows), lets the application run for WORKLOAD_SECONDS (default 120), then runs
# `sonde-cli advise --json` on pg_stat_statements and prints: statements, candidates tried,
# plans explained, advice time, and each recommendation with its cost before → after and
# size; then applies them (`advise --apply --yes`) and prints each build's time. Stops the
# demo servers at the end. Needs nothing but a build of sonde-cli.
set -eu
BUILD=${1:-build}
SCALE=${2:-1}
SECONDS_OF_WORKLOAD=${3:-120}
CLI="$BUILD/app/cli/sonde-cli"
. "$(dirname "$0")/demo-workload.sh"

START=$(date +%s.%N)
"$CLI" advise "$URI" --json >"$DATA/advice.json" 2>"$DATA/advice.log"
END=$(date +%s.%N)
python3 - "$DATA/advice.json" "$START" "$END" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
wall = float(sys.argv[3]) - float(sys.argv[2])
print(f"advise: {d['statements']} statements, {d['candidates_tried']} candidates, "
      f"{d['explains']} plans, {d['elapsed_ms'] / 1000:.1f} s in the advisor, {wall:.1f} s wall")
for r in d["recommendations"]:
    print(f"  {r['name']}: cost {r['cost_before']:.0f} -> {r['cost_after']:.1f}, "
          f"{r['size_bytes'] / 1048576:.1f} MiB, saves {100 * r['saved_share']:.1f} % of the workload")
PY

"$CLI" advise "$URI" --apply --yes --no-audit >/dev/null 2>"$DATA/apply.log" || true
grep -E "^Built|was not built" "$DATA/apply.log" || cat "$DATA/apply.log"

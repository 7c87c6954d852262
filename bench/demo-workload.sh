# Sourced by the advisor benchmarks: starts `sonde-cli demo` with a thrashing cache at
# $SCALE, waits until it is ready, lets its application run $SECONDS_OF_WORKLOAD s and leaves
# the PostgreSQL URI in $URI and a scratch directory (also the change log's) in $DATA. The
# servers stop and $DATA goes when the calling script exits. Needs $CLI, $SCALE and
# $SECONDS_OF_WORKLOAD.
DATA=$(mktemp -d)
export SONDE_DATA_DIR="$DATA"
OUT="$DATA/demo.json"

"$CLI" demo --scale "$SCALE" --mode thrashing --rate 150 --json --seconds 100000 >"$OUT" 2>"$DATA/demo.log" &
DEMO=$!
trap 'kill -TERM $DEMO 2>/dev/null; wait $DEMO 2>/dev/null; rm -rf "$DATA"' EXIT INT TERM
while [ ! -s "$OUT" ]; do
    kill -0 $DEMO 2>/dev/null || { cat "$DATA/demo.log"; exit 1; }
    sleep 1
done
URI=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["postgres"])' "$OUT")
echo "demo ready (scale $SCALE); running the application for $SECONDS_OF_WORKLOAD s"
sleep "$SECONDS_OF_WORKLOAD"

#!/usr/bin/env bash
# Is Sonde's benchmark engine the bottleneck? Runs, in one go on private sandbox servers
# (`sonde-cli demo --no-workload`), `sonde-cli bench` against the reference tools on the
# same workload:
#   * pgbench -S (select-only, -M prepared) vs sonde-cli bench --workload select-only,
#     same clients and threads, direct to PostgreSQL; and through PgBouncer (-M extended);
#   * pgbench -f vs sonde-cli bench --script on perf/script-if-gset-pipeline.sql (\if,
#     \gset and a pipeline), -M prepared, direct;
#   * redis-benchmark -t get / -t set vs sonde-cli bench --workload redis-get / redis-set,
#     same clients, key space, value size and pipeline depth (1 and 16).
# Each pair runs ROUNDS times, interleaved, and the order of the two tools alternates from
# round to round (the machine's noise, which drifts over seconds on a shared 2-core machine,
# hits both alike, and neither always runs on the other's leftovers). For each pair the
# script prints the median throughput of each tool, the median and the range of the
# per-round throughput ratios sonde/reference (goal: >= 1.0), and the client CPU time each
# tool spent per 1000 transactions (user + system, from the shell's `times`): the engine is
# not the bottleneck when it needs no more CPU per transaction than the reference tool.
# A pipelined Redis run sends PIPELINE × REQUESTS requests, so that it lasts as long as an
# unpipelined one (200 000 requests at 600 000/s would be over in a third of a second, and
# the start of a run would weigh on the figure).
#
# Usage: perf/engine-vs-reference.sh [--rounds N] [--seconds S] [--requests N] [--only pg|redis]
#        SONDE_CLI=path/to/sonde-cli (default: build/app/cli/sonde-cli, else build-ci/…)
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=5
seconds=5
requests=200000
only=
clients_pg=4
threads_pg=2
clients_redis=20
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    *) echo "usage: $0 [--rounds N] [--seconds S] [--requests N] [--only pg|redis]" >&2; exit 2 ;;
  esac
done

cli=${SONDE_CLI:-}
if [ -z "$cli" ]; then
  for c in build/app/cli/sonde-cli build-ci/app/cli/sonde-cli; do
    if [ -x "$c" ]; then cli=$c; break; fi
  done
fi
[ -n "$cli" ] && [ -x "$cli" ] || { echo "build sonde-cli first (cmake --preset default && cmake --build --preset default)" >&2; exit 1; }
pgbench=$(command -v pgbench || ls /usr/lib/postgresql/*/bin/pgbench 2>/dev/null | tail -1)
command -v redis-benchmark >/dev/null || { echo "redis-benchmark missing: ./scripts/install-deps" >&2; exit 1; }
[ -n "$pgbench" ] || { echo "pgbench missing: ./scripts/install-deps" >&2; exit 1; }

work=$(mktemp -d)
export XDG_DATA_HOME=$work/data # keep these runs out of the user's run history
demo_pid=
cleanup() {
  if [ -n "$demo_pid" ] && kill -0 "$demo_pid" 2>/dev/null; then
    kill -TERM "$demo_pid"
    wait "$demo_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

echo "Starting sandbox servers…" >&2
"$cli" demo --no-workload --json --scale 0.01 --seconds 7200 >"$work/demo.json" 2>"$work/demo.err" &
demo_pid=$!
for _ in $(seq 1 600); do
  [ -s "$work/demo.json" ] && break
  kill -0 "$demo_pid" 2>/dev/null || { cat "$work/demo.err" >&2; exit 1; }
  sleep 0.1
done
field() { grep -o "\"$1\":\"[^\"]*\"" "$work/demo.json" | head -1 | sed -E "s/^\"$1\":\"(.*)\"$/\1/"; }
pg=$(field postgres_app)
bouncer=$(field pgbouncer)
redis=$(field redis)
redis_port=$(grep -o '"redis_port":[0-9]*' "$work/demo.json" | cut -d: -f2)
# The demo prints redis://default:PW@… (what redis-cli -u accepts).
redis_pw=$(echo "$redis" | sed -E 's#^redis://[^:/@]*:([^@]*)@.*#\1#')

echo "Initialising pgbench's tables (scale 1) with pgbench -i…" >&2
"$pgbench" -i -q -s 1 "$pg" >/dev/null 2>&1

. perf/pair-figures.sh
run_pg() { # name uri protocol extra-sonde-flags [script]
  local name=$1 uri=$2 mode=$3 extra=$4 script=${5:-}
  local r rc rt s sc st out
  local pgbench_workload=(-S) sonde_workload=(--workload select-only)
  if [ -n "$script" ]; then
    pgbench_workload=(-f "$script")
    sonde_workload=(--script "$script")
  fi
  reference() {
    out=$(cpu_of "$pgbench" -n "${pgbench_workload[@]}" -c $clients_pg -j $threads_pg -T "$seconds" -M "$mode" "$uri" 2>/dev/null)
    rc=$(cat "$work/cpu")
    r=$(echo "$out" | grep -E '^tps' | sed -E 's/^tps = ([0-9.]+).*/\1/')
    rt=$(echo "$out" | grep -E 'number of transactions actually processed' | sed -E 's/.*: ([0-9]+).*/\1/')
  }
  ours() {
    out=$(cpu_of "$cli" bench "$uri" "${sonde_workload[@]}" --clients $clients_pg --threads $threads_pg \
        --duration "$seconds" --protocol "$mode" $extra --quiet --no-store --json)
    sc=$(cat "$work/cpu")
    s=$(echo "$out" | json_number throughput)
    st=$(echo "$out" | json_number transactions)
  }
  if reference_first; then reference; ours; else ours; reference; fi
  record "$name" "$r" "$rc" "$rt" "$s" "$sc" "$st"
  printf '  %-28s pgbench %10.0f/s %6.2f s CPU   sonde %10.0f/s %6.2f s CPU\n' "$name" "$r" "$rc" "$s" "$sc" >&2
}
# The noise floor: pgbench against itself, measured like a pair. Its ratios show how far
# apart two runs of the same tool land on this machine, so how far from 1.0 a ratio must be
# before it says anything about Sonde.
run_noise() { # name uri
  local name=$1 uri=$2
  local r rc rt s sc st out
  out=$(cpu_of "$pgbench" -n -S -c $clients_pg -j $threads_pg -T "$seconds" -M prepared "$uri" 2>/dev/null)
  rc=$(cat "$work/cpu")
  r=$(echo "$out" | grep -E '^tps' | sed -E 's/^tps = ([0-9.]+).*/\1/')
  rt=$(echo "$out" | grep -E 'number of transactions actually processed' | sed -E 's/.*: ([0-9]+).*/\1/')
  out=$(cpu_of "$pgbench" -n -S -c $clients_pg -j $threads_pg -T "$seconds" -M prepared "$uri" 2>/dev/null)
  sc=$(cat "$work/cpu")
  s=$(echo "$out" | grep -E '^tps' | sed -E 's/^tps = ([0-9.]+).*/\1/')
  st=$(echo "$out" | grep -E 'number of transactions actually processed' | sed -E 's/.*: ([0-9]+).*/\1/')
  record "$name" "$r" "$rc" "$rt" "$s" "$sc" "$st"
  printf '  %-28s pgbench %10.0f/s %6.2f s CPU   pgbench %8.0f/s %6.2f s CPU\n' "$name" "$r" "$rc" "$s" "$sc" >&2
}
run_redis() { # name test pipeline
  local name=$1 test=$2 pipe=$3
  local r rc s sc out n=$((requests * $3))
  reference() {
    out=$(cpu_of redis-benchmark -h 127.0.0.1 -p "$redis_port" -a "$redis_pw" -c $clients_redis \
        -n "$n" -r 100000 -d 3 -P "$pipe" -t "$test" --csv 2>/dev/null)
    rc=$(cat "$work/cpu")
    r=$(echo "$out" | grep -i "^\"$test\"" | cut -d, -f2 | tr -d '"')
  }
  ours() {
    out=$(cpu_of "$cli" bench "$redis" --workload "redis-$test" --clients $clients_redis --threads 1 \
        --transactions "$n" --keyspace 100000 --value-size 3 --pipeline "$pipe" \
        --quiet --no-store --json)
    sc=$(cat "$work/cpu")
    s=$(echo "$out" | json_number throughput)
  }
  if reference_first; then reference; ours; else ours; reference; fi
  record "$name" "$r" "$rc" "$n" "$s" "$sc" "$n"
  printf '  %-28s redis-benchmark %10.0f/s %6.2f s CPU   sonde %10.0f/s %6.2f s CPU\n' "$name" "$r" "$rc" "$s" "$sc" >&2
}

names=()
[ "$only" = redis ] || names+=("noise: pgbench vs pgbench" "select-only direct" "select-only via PgBouncer" "script if/gset/pipeline")
[ "$only" = pg ] || names+=("redis GET P=1" "redis SET P=1" "redis GET P=16" "redis SET P=16")
for round in $(seq 1 "$rounds"); do
  echo "Round $round of $rounds ($(reference_first && echo "reference first" || echo "Sonde first"))" >&2
  if [ "$only" != redis ]; then
    run_noise "noise: pgbench vs pgbench" "$pg"
    run_pg "select-only direct" "$pg" prepared ""
    run_pg "select-only via PgBouncer" "$bouncer" extended "--pgbouncer"
    run_pg "script if/gset/pipeline" "$pg" prepared "" perf/script-if-gset-pipeline.sql
  fi
  if [ "$only" != pg ]; then
    run_redis "redis GET P=1" get 1
    run_redis "redis SET P=1" set 1
    run_redis "redis GET P=16" get 16
    run_redis "redis SET P=16" set 16
  fi
done

echo
echo "Median of $rounds interleaved rounds (PostgreSQL: $clients_pg clients, $threads_pg threads, ${seconds} s;"
echo "Redis: $clients_redis clients, $requests × pipeline requests, 100000 keys, 3-byte values, 1 client thread)"
print_pair_table "${names[@]}"
if [ "$only" != redis ]; then
  echo "(noise: both columns are pgbench, run twice in a row like a pair; its ratio range is what"
  echo " this machine's noise alone does to a ratio)"
fi

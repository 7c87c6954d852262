#!/usr/bin/env bash
# Is Sonde's benchmark engine the bottleneck? Runs, in one go on private sandbox servers
# (`sonde-cli demo --no-workload`), `sonde-cli bench` against the reference tools on the
# same workload:
#   * pgbench -S (select-only, -M prepared) vs sonde-cli bench --workload select-only,
#     same clients and threads, direct to PostgreSQL; and through PgBouncer (-M extended);
#   * redis-benchmark -t get / -t set vs sonde-cli bench --workload redis-get / redis-set,
#     same clients, key space, value size and pipeline depth (1 and 16).
# Each pair runs ROUNDS times, interleaved (the machine's noise hits both alike), and the
# script prints the median throughput of each tool and the ratio sonde/reference
# (goal: >= 1.0).
#
# Usage: bench/engine-vs-reference.sh [--rounds N] [--seconds S] [--requests N]
#        SONDE_CLI=path/to/sonde-cli (default: build/app/cli/sonde-cli, else build-ci/…)
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=3
seconds=10
requests=300000
clients_pg=4
threads_pg=2
clients_redis=20
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --seconds) seconds=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    *) echo "usage: $0 [--rounds N] [--seconds S] [--requests N]" >&2; exit 2 ;;
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
redis_pw=$(echo "$redis" | sed -E 's#^redis://:([^@]*)@.*#\1#')

echo "Initialising pgbench's tables (scale 1) with pgbench -i…" >&2
"$pgbench" -i -q -s 1 "$pg" >/dev/null 2>&1

json_number() { grep -o "\"$1\":[0-9.e+-]*" | head -1 | cut -d: -f2; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

declare -A sonde ref
run_pg() { # name uri protocol extra-sonde-flags
  local name=$1 uri=$2 mode=$3 extra=$4
  local r s
  r=$("$pgbench" -n -S -c $clients_pg -j $threads_pg -T "$seconds" -M "$mode" "$uri" 2>/dev/null |
      grep -E '^tps' | sed -E 's/^tps = ([0-9.]+).*/\1/')
  s=$("$cli" bench "$uri" --workload select-only --clients $clients_pg --threads $threads_pg \
      --duration "$seconds" --protocol "$mode" $extra --quiet --no-store --json | json_number throughput)
  ref[$name]+="$r "
  sonde[$name]+="$s "
  printf '  %-28s pgbench %10.0f   sonde %10.0f\n' "$name" "$r" "$s" >&2
}
run_redis() { # name test pipeline
  local name=$1 test=$2 pipe=$3
  local r s
  r=$(redis-benchmark -h 127.0.0.1 -p "$redis_port" -a "$redis_pw" -c $clients_redis \
      -n "$requests" -r 100000 -d 3 -P "$pipe" -t "$test" --csv 2>/dev/null |
      grep -i "^\"$test\"" | cut -d, -f2 | tr -d '"')
  s=$("$cli" bench "$redis" --workload "redis-$test" --clients $clients_redis --threads 1 \
      --transactions "$requests" --keyspace 100000 --value-size 3 --pipeline "$pipe" \
      --quiet --no-store --json | json_number throughput)
  ref[$name]+="$r "
  sonde[$name]+="$s "
  printf '  %-28s redis-benchmark %10.0f   sonde %10.0f\n' "$name" "$r" "$s" >&2
}

names=("select-only direct" "select-only via PgBouncer" "redis GET P=1" "redis SET P=1"
       "redis GET P=16" "redis SET P=16")
for round in $(seq 1 "$rounds"); do
  echo "Round $round of $rounds" >&2
  run_pg "select-only direct" "$pg" prepared ""
  run_pg "select-only via PgBouncer" "$bouncer" extended "--pgbouncer"
  run_redis "redis GET P=1" get 1
  run_redis "redis SET P=1" set 1
  run_redis "redis GET P=16" get 16
  run_redis "redis SET P=16" set 16
done

echo
echo "Median of $rounds interleaved rounds (PostgreSQL: $clients_pg clients, $threads_pg threads, ${seconds} s;"
echo "Redis: $clients_redis clients, $requests requests, 100000 keys, 3-byte values)"
printf '%-28s %14s %14s %8s\n' "workload" "reference/s" "sonde/s" "ratio"
for n in "${names[@]}"; do
  r=$(echo ${ref[$n]} | tr ' ' '\n' | median)
  s=$(echo ${sonde[$n]} | tr ' ' '\n' | median)
  ratio=$(awk -v s="$s" -v r="$r" 'BEGIN { printf "%.2f", (r > 0 ? s / r : 0) }')
  printf '%-28s %14.0f %14.0f %8s\n' "$n" "$r" "$s" "$ratio"
done

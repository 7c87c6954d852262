#!/usr/bin/env bash
# Is Sonde's Redis benchmark over TLS as fast as redis-benchmark's? Starts private sandbox
# servers with Redis speaking TLS only (`sonde-cli demo --no-workload --redis-tls`: a
# throw-away CA, tls-port only, client certificate optional), then runs
#   redis-benchmark --tls --cacert CA -t get|set vs sonde-cli bench rediss://…?cacert=CA
#   --workload redis-get|redis-set
# with the same clients, key space (key:%012d), value size and pipeline depth (1 and 16),
# both verifying the server's certificate against the sandbox CA, one client thread each.
# Each pair runs ROUNDS times, interleaved, the order of the two tools alternating from
# round to round (the machine's noise drifts over seconds and hits both alike). For each
# pair: the median throughput of each tool, the median and the range of the per-round ratios
# sonde/reference (goal: >= 1.0), and the client CPU time (user + system) per 1000 requests.
# A pipelined run sends PIPELINE × REQUESTS requests so that it lasts as long as an
# unpipelined one.
#
# Usage: bench/redis-tls-vs-reference.sh [--rounds N] [--requests N] [--clients N]
#        SONDE_CLI=path/to/sonde-cli (default: build-rel/app/cli/sonde-cli, else build/…)
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=5
requests=100000
clients=20
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --requests) requests=$2; shift 2 ;;
    --clients) clients=$2; shift 2 ;;
    *) echo "usage: $0 [--rounds N] [--requests N] [--clients N]" >&2; exit 2 ;;
  esac
done

cli=${SONDE_CLI:-}
if [ -z "$cli" ]; then
  for c in build-rel/app/cli/sonde-cli build/app/cli/sonde-cli build-ci/app/cli/sonde-cli; do
    if [ -x "$c" ]; then cli=$c; break; fi
  done
fi
[ -n "$cli" ] && [ -x "$cli" ] || { echo "build sonde-cli first (a Release build: see docs/PERFORMANCE.md)" >&2; exit 1; }
command -v redis-benchmark >/dev/null || { echo "redis-benchmark missing: ./scripts/install-deps" >&2; exit 1; }

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

. bench/pair-figures.sh

echo "Starting sandbox servers (Redis over TLS)…" >&2
"$cli" demo --no-workload --redis-tls --json --scale 0.01 --seconds 7200 >"$work/demo.json" 2>"$work/demo.err" &
demo_pid=$!
for _ in $(seq 1 600); do
  [ -s "$work/demo.json" ] && break
  kill -0 "$demo_pid" 2>/dev/null || { cat "$work/demo.err" >&2; exit 1; }
  sleep 0.1
done
field() { grep -o "\"$1\":\"[^\"]*\"" "$work/demo.json" | head -1 | sed -E "s/^\"$1\":\"(.*)\"$/\1/"; }
redis=$(field redis)
ca=$(field redis_ca_file)
redis_port=$(grep -o '"redis_port":[0-9]*' "$work/demo.json" | cut -d: -f2)
redis_pw=$(echo "$redis" | sed -E 's#^rediss://:([^@]*)@.*#\1#')
case "$redis" in rediss://*) ;; *) echo "the sandbox Redis is not TLS: $redis" >&2; exit 1 ;; esac

run_redis() { # name test pipeline
  local name=$1 test=$2 pipe=$3
  local r rc s sc out n=$((requests * $3))
  reference() {
    out=$(cpu_of redis-benchmark --tls --cacert "$ca" -h 127.0.0.1 -p "$redis_port" -a "$redis_pw" \
        -c "$clients" -n "$n" -r 100000 -d 3 -P "$pipe" -t "$test" --csv 2>/dev/null)
    rc=$(cat "$work/cpu")
    r=$(echo "$out" | grep -i "^\"$test\"" | cut -d, -f2 | tr -d '"')
  }
  ours() {
    out=$(cpu_of "$cli" bench "$redis" --workload "redis-$test" --clients "$clients" --threads 1 \
        --transactions "$n" --keyspace 100000 --value-size 3 --pipeline "$pipe" \
        --quiet --no-store --json)
    sc=$(cat "$work/cpu")
    s=$(echo "$out" | json_number throughput)
  }
  if reference_first; then reference; ours; else ours; reference; fi
  record "$name" "$r" "$rc" "$n" "$s" "$sc" "$n"
  printf '  %-20s redis-benchmark --tls %9.0f/s %6.2f s CPU   sonde %9.0f/s %6.2f s CPU\n' \
    "$name" "$r" "$rc" "$s" "$sc" >&2
}

names=("TLS GET P=1" "TLS SET P=1" "TLS GET P=16" "TLS SET P=16")
for round in $(seq 1 "$rounds"); do
  echo "Round $round of $rounds ($(reference_first && echo "reference first" || echo "Sonde first"))" >&2
  run_redis "TLS GET P=1" get 1
  run_redis "TLS SET P=1" set 1
  run_redis "TLS GET P=16" get 16
  run_redis "TLS SET P=16" set 16
done

echo
echo "Median of $rounds interleaved rounds (Redis over TLS: $clients clients, $requests × pipeline"
echo "requests, 100000 keys, 3-byte values, 1 client thread; load average $(cut -d' ' -f1-3 /proc/loadavg))"
print_pair_table "${names[@]}"

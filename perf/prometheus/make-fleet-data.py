#!/usr/bin/env python3
"""A fleet's exporter metrics as OpenMetrics, for `promtool tsdb create-blocks-from openmetrics`.

INSTANCES postgres_exporter instances (pg-000 … pg-NNN, job "postgres"), each with what Sonde's
PromQL reads (PromQlMap): pg_up, pg_static (its server label), pg_stat_database counters,
pg_stat_activity_count, the connection settings and the pg_stat_statements counters of the
sandbox's queries file. The first HISTORY_INSTANCES have HOURS hours of readings every STEP
seconds; the others the last hour. Readings run until MINUTES_AHEAD minutes after now, so
instant queries find them while the benchmark runs. Some instances are slow, one has a cold
cache, one is nearly out of connections: the fleet overview has something to sort.

    make-fleet-data.py OUT INSTANCES HISTORY_INSTANCES HOURS STEP
"""
import math
import sys
import time

out, instances, history, hours, step = (sys.argv[1], int(sys.argv[2]), int(sys.argv[3]),
                                        float(sys.argv[4]), int(sys.argv[5]))
minutes_ahead = 40
now = int(time.time()) // step * step
end = now + minutes_ahead * 60


def start_of(i):
    return now - int((hours if i < history else 1) * 3600)


def profile(i):
    """(statements per second, ms per statement, hit ratio, connections)."""
    calls = 40 + (i * 37) % 160
    ms = 2.0 + (i * 13) % 20
    if i % 50 == 7:
        ms = 650.0  # critical
    elif i % 25 == 3:
        ms = 260.0  # warning
    hit = 0.45 if i % 40 == 11 else 0.99
    conns = 95 if i % 60 == 17 else 5 + i % 30
    return calls, ms, hit, conns


names = [f"pg-{i:03d}:9187" for i in range(instances)]
families = [
    ("pg_up", "gauge", lambda i, t, p: 1, ""),
    ("pg_static", "gauge", lambda i, t, p: 1, ',server="10.0.{}.{}:5432",short_version="15.18.0"'),
    ("pg_settings_max_connections", "gauge", lambda i, t, p: 100, ""),
    ("pg_settings_superuser_reserved_connections", "gauge", lambda i, t, p: 3, ""),
    ("pg_stat_activity_count", "gauge",
     lambda i, t, p: p[3] + round(2 * math.sin(t / 600 + i)), ',datname="app",state="active"'),
    ("pg_stat_database_xact_commit", "gauge", lambda i, t, p: p[0] * 1.2 * (t - start_of(i)),
     ',datname="app"'),
    ("pg_stat_database_xact_rollback", "gauge", lambda i, t, p: 0.01 * p[0] * (t - start_of(i)),
     ',datname="app"'),
    ("pg_stat_database_blks_hit", "gauge", lambda i, t, p: 50 * p[0] * p[2] * (t - start_of(i)),
     ',datname="app"'),
    ("pg_stat_database_blks_read", "gauge",
     lambda i, t, p: 50 * p[0] * (1 - p[2]) * (t - start_of(i)), ',datname="app"'),
    ("pg_stat_statements_calls_total", "gauge", lambda i, t, p: p[0] * (t - start_of(i)),
     ',datname="app"'),
    # A daily rhythm in the time spent, so a day of history has a shape.
    ("pg_stat_statements_seconds_total", "gauge",
     lambda i, t, p: p[0] * p[1] / 1000 * ((t - start_of(i)) + 2000 * math.sin(t / 7200)),
     ',datname="app"'),
]
with open(out, "w") as f:
    for name, kind, value, extra in families:
        f.write(f"# TYPE {name} {kind}\n")
        for i, inst in enumerate(names):
            p = profile(i)
            labels = f'instance="{inst}",job="postgres"' + extra.format(i // 250, i % 250 + 1)
            for t in range(start_of(i), end + 1, step):
                f.write(f"{name}{{{labels}}} {value(i, t, p):.6g} {t}\n")
    f.write("# EOF\n")

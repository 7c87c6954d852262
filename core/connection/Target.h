#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace sonde {

enum class TargetKind
{
    PostgreSQL,
    PgBouncer,
    Redis,
    // A Prometheus server (the fleet: every instance its exporters report), or one
    // instance it scrapes (PrometheusTarget: the URI names it).
    Prometheus
};

QString targetKindName(TargetKind kind);
// The kind as a stable key for settings files and JSON ("postgresql", "pgbouncer", "redis",
// "prometheus").
QString targetKindKey(TargetKind kind);
// The kind of a key; anything unknown is PostgreSQL.
TargetKind targetKindFromKey(const QString &key);

// One monitored endpoint as the rest of the program sees it. `uri` is complete (it may
// carry a password taken from the keychain or typed for this session: keep it in memory,
// never write it to settings or logs; use displayUri() for anything shown or logged).
struct Target
{
    QString id; // stable within a session (profile id, or "demo-postgres" …)
    TargetKind kind = TargetKind::PostgreSQL;
    QString name;
    QString uri;
    // For a PgBouncer target: a database path *through* the pooler (the admin console
    // is `uri`), so benchmarks can run direct or through PgBouncer.
    QString pooledUri;
    // Read-only targets refuse every action that writes (DDL, cancel, terminate,
    // EXPLAIN ANALYZE of a write, benchmarks that write).
    bool readOnly = false;

    bool isValid() const { return !id.isEmpty(); }
    QString displayUri() const;
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::Target)

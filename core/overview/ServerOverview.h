#pragma once

#include "common/DbError.h"
#include "connection/Target.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QStringList>

namespace sonde {

// One line of an overview section: "shared_buffers — 1.6 GB".
struct OverviewFact
{
    QString label;
    QString value;
    // Why the value deserves a look ("max_connections nearly used up"), or empty.
    QString note;
};

// A part of a server's overview (general, settings, top tables …): facts, or a table.
// A part that could not be read (missing privilege, missing extension, timeout) says why
// in `unavailable` instead of failing the whole overview.
struct OverviewSection
{
    QString title;
    QList<OverviewFact> facts;
    QStringList columns;
    QList<QStringList> rows;
    QString unavailable;
    // Said under the section ("none", "3 more not shown").
    QString note;
    // Shown in the second column, beside the others.
    bool beside = false;
};

// What a DBA looks at first on a server: versions, uptime, sizes, top tables, the settings
// that matter, replication, extensions (PostgreSQL); pools (PgBouncer); memory, keys, hit
// rate, replicas (Redis). Read by OverviewService.
struct ServerOverview
{
    QString targetId;
    QString targetName;
    TargetKind kind = TargetKind::PostgreSQL;
    QDateTime at;
    // The server could not be reached at all; the sections are then empty.
    DbError error;

    QString version; // "16.4", "1.23.1", "7.2.5"
    qint64 uptimeSeconds = -1;
    QString role;          // "primary" / "standby" (PostgreSQL), "master" / "slave" (Redis)
    QStringList topTables; // PostgreSQL: schema.table, largest first
    QStringList installedExtensions;
    QList<OverviewSection> sections;

    const OverviewSection *section(const QString &title) const;
};

// "3 d 4 h", "5 h 12 min", "42 s".
QString overviewDuration(qint64 seconds);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::ServerOverview)

#include "PostgresActivity.h"

#include "PostgresMetrics.h"
#include "common/DisplayFormat.h"
#include "monitoring/Snapshot.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// The dashboard's summary lines share one translation context.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotSummary)
};

} // namespace

QString PostgresActivity::summary(const Snapshot &s) const
{
    QStringList parts;
    parts << Text::tr("%n active", nullptr, active) << Text::tr("%n idle", nullptr, idle);
    if (idleInTransaction > 0)
        parts << Text::tr("%n idle in transaction", nullptr, idleInTransaction);
    if (waitingOnLocks > 0)
        parts << Text::tr("%n waiting on locks", nullptr, waitingOnLocks);
    parts << Text::tr("%1 of %2 connections").arg(connections).arg(usableConnections);
    if (longestPid > 0)
        parts << Text::tr("longest statement %1 (pid %2)")
                     .arg(DisplayFormat::duration(longestSeconds * 1000.0))
                     .arg(longestPid);
    if (s.value(metric::PgDeadlocks) > 0)
        parts << Text::tr("%n deadlock(s)", nullptr, int(s.value(metric::PgDeadlocks)));
    if (s.value(metric::PgTempFiles) > 0)
        parts << Text::tr("%n temp file(s)", nullptr, int(s.value(metric::PgTempFiles)));
    return parts.join(u" · "_s);
}

QJsonObject PostgresActivity::toJson() const
{
    QJsonObject d;
    QJsonArray top;
    for (const StatementActivity &st : statements.mid(0, 5)) {
        top.append(QJsonObject{{u"queryid"_s, QString::number(st.queryId)},
                               {u"query"_s, st.query.left(200)},
                               {u"calls"_s, st.calls},
                               {u"total_ms"_s, st.totalMs},
                               {u"mean_ms"_s, st.meanMs()}});
    }
    d.insert(u"top_statements"_s, top);
    if (longestPid)
        d.insert(u"longest"_s, QJsonObject{{u"pid"_s, longestPid},
                                           {u"seconds"_s, longestSeconds},
                                           {u"query"_s, longestQuery.left(200)}});
    return d;
}

} // namespace sonde

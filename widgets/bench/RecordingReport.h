#pragma once

#include "recording/Recording.h"
#include "statements/StatementWindow.h"

#include <QCoreApplication>
#include <QImage>
#include <QMap>
#include <QString>

namespace sonde {

// A recording (or a range of it) as a report for a post-mortem, in the style of the
// benchmark comparison: what was recorded and when, the notes, the dashboard's charts of the
// range, the alerts and events, the top statements by time, the sessions that blocked
// others, the Redis slow log. HTML is self-contained (charts embedded as PNG data: URIs);
// the PDF is A4 landscape. Needs a QGuiApplication (fonts).
class RecordingReport
{
    Q_DECLARE_TR_FUNCTIONS(RecordingReport)
public:
    // A session that held others waiting, over the range.
    struct Blocker
    {
        QString targetId;
        int pid = 0;
        QString user;
        QString state; // when last seen blocking
        QString query;
        QDateTime first; // first and last reading it was seen blocking in
        QDateTime last;
        int mostWaiting = 0; // the most sessions waiting on it in one reading
    };

    // fromMs/toMs: the range; 0, 0 for the whole recording.
    static QString html(const Recording &recording, qint64 fromMs, qint64 toMs,
                        const QMap<QString, QImage> &images, bool embed);
    static QMap<QString, QImage> charts(const Recording &recording, qint64 fromMs, qint64 toMs);
    static bool writeHtml(const Recording &recording, qint64 fromMs, qint64 toMs,
                          const QString &path, QString *error);
    static bool writePdf(const Recording &recording, qint64 fromMs, qint64 toMs,
                         const QString &path, QString *error);

    // The statements of a PostgreSQL target ranked over the range.
    static StatementWindowResult topStatements(const Recording &recording, const QString &targetId,
                                               qint64 fromMs, qint64 toMs);
    // Every session that blocked another in a sessions reading of the range, most waiting
    // first.
    static QList<Blocker> blockers(const Recording &recording, qint64 fromMs, qint64 toMs);
};

} // namespace sonde

#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <pqxx/connection>

namespace sonde {

// Where a CREATE INDEX stands, from pg_stat_progress_create_index.
struct IndexBuildProgress
{
    Q_DECLARE_TR_FUNCTIONS(IndexBuildProgress)
public:
    int step = 0; // 1-based step of the build plan
    int steps = 1;
    QString stepText; // "public.events_2023"
    QString phase;    // "building index: scanning table", … (empty between statements)
    qint64 blocksDone = 0;
    qint64 blocksTotal = 0;
    qint64 tuplesDone = 0;
    qint64 tuplesTotal = 0;
    qint64 lockersDone = 0;
    qint64 lockersTotal = 0;
    qint64 partitionsDone = 0;
    qint64 partitionsTotal = 0;

    // 0..100 over the whole plan: each step is a share; within a step, the phases of a
    // concurrent build in order, the blocks or tuples done within the phase.
    int percent() const;
    // For a progress bar: "step 2 of 5 · building index: scanning table · 1 204 of 8 330
    // blocks".
    QString text() const;

    // Reads the row of backend `pid`; returns false when it runs no CREATE INDEX now.
    static bool read(pqxx::connection &connection, int pid, IndexBuildProgress *out);
};

} // namespace sonde

Q_DECLARE_METATYPE(sonde::IndexBuildProgress)

#include "IndexBuildProgress.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

struct PhaseSpan
{
    const char *phase;
    double from;
    double to;
};

// The phases of CREATE INDEX CONCURRENTLY in order, with the share of the work each one
// roughly takes (two table scans dominate).
const PhaseSpan Phases[] = {
    {"initializing", 0.0, 0.02},
    {"waiting for writers before build", 0.02, 0.05},
    {"building index: scanning table", 0.05, 0.45},
    {"building index: sorting live tuples", 0.45, 0.5},
    {"building index: loading tuples in tree", 0.5, 0.6},
    {"waiting for writers before validation", 0.6, 0.62},
    {"index validation: scanning index", 0.62, 0.7},
    {"index validation: sorting tuples", 0.7, 0.72},
    {"index validation: scanning table", 0.72, 0.95},
    {"waiting for old snapshots", 0.95, 0.98},
    {"waiting for readers before marking dead", 0.98, 0.99},
    {"waiting for readers before dropping", 0.99, 1.0},
};

} // namespace

int IndexBuildProgress::percent() const
{
    double within = 0;
    for (const PhaseSpan &p : Phases) {
        if (phase != QLatin1String(p.phase))
            continue;
        double fraction = 0;
        if (blocksTotal > 0 && phase.contains(u"scanning table"_s))
            fraction = double(blocksDone) / double(blocksTotal);
        else if (tuplesTotal > 0)
            fraction = double(tuplesDone) / double(tuplesTotal);
        else if (lockersTotal > 0)
            fraction = double(lockersDone) / double(lockersTotal);
        within = p.from + (p.to - p.from) * std::clamp(fraction, 0.0, 1.0);
        break;
    }
    const double total = (double(std::max(step, 1) - 1) + within) / double(std::max(steps, 1));
    return int(std::clamp(total * 100.0, 0.0, 100.0));
}

QString IndexBuildProgress::text() const
{
    QStringList parts;
    if (steps > 1)
        parts << tr("step %1 of %2").arg(step).arg(steps);
    if (!stepText.isEmpty())
        parts << stepText;
    if (!phase.isEmpty())
        parts << phase;
    const QLocale l;
    if (blocksTotal > 0 && phase.contains(u"scanning table"_s))
        parts << tr("%1 of %2 blocks").arg(l.toString(blocksDone), l.toString(blocksTotal));
    else if (tuplesTotal > 0)
        parts << tr("%1 of %2 tuples").arg(l.toString(tuplesDone), l.toString(tuplesTotal));
    else if (lockersTotal > 0)
        parts << tr("waiting for %1 of %2 transactions")
                     .arg(l.toString(lockersTotal - lockersDone), l.toString(lockersTotal));
    return parts.join(u" · "_s);
}

bool IndexBuildProgress::read(pqxx::connection &connection, int pid, IndexBuildProgress *out)
{
    pqxx::nontransaction tx(connection);
    const pqxx::result r = tx.exec_params("/* sonde */ SELECT phase, blocks_done, blocks_total, "
                                          "tuples_done, tuples_total, lockers_done, "
                                          "lockers_total, partitions_done, partitions_total "
                                          "FROM pg_stat_progress_create_index WHERE pid = $1",
                                          pid);
    if (r.empty())
        return false;
    out->phase = QString::fromUtf8(r[0][0].c_str());
    out->blocksDone = r[0][1].as<qint64>(0);
    out->blocksTotal = r[0][2].as<qint64>(0);
    out->tuplesDone = r[0][3].as<qint64>(0);
    out->tuplesTotal = r[0][4].as<qint64>(0);
    out->lockersDone = r[0][5].as<qint64>(0);
    out->lockersTotal = r[0][6].as<qint64>(0);
    out->partitionsDone = r[0][7].as<qint64>(0);
    out->partitionsTotal = r[0][8].as<qint64>(0);
    return true;
}

} // namespace sonde

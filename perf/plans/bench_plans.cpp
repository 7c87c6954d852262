// Figures for the plan parser and the slow-query window (no server needed):
//   perf/plans/run     (or build-ci/perf/plans/bench_plans [fixture dir])
// Prints how long parsing + analysis + findings take per real plan and for a very large
// plan, and how long ranking a 1-hour window of 5 000 statements takes, with its memory.
#include "plan/PlanFinding.h"
#include "plan/PlanParser.h"
#include "statements/StatementWindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <random>

using namespace Qt::StringLiterals;
using namespace sonde;

namespace {

void line(const QString &text)
{
    std::printf("%s\n", text.toUtf8().constData());
}

double plansBench(const QString &dir)
{
    QList<QByteArray> plans;
    qint64 bytes = 0;
    for (const QFileInfo &f : QDir(dir).entryInfoList({u"*.json"_s}, QDir::Files)) {
        QFile file(f.filePath());
        if (file.open(QIODevice::ReadOnly)) {
            plans << file.readAll();
            bytes += plans.last().size();
        }
    }
    if (plans.isEmpty())
        return -1;
    const int rounds = 200;
    int findings = 0;
    QElapsedTimer t;
    t.start();
    for (int r = 0; r < rounds; ++r) {
        for (const QByteArray &p : plans)
            findings += int(PlanFinding::of(PlanParser::parse(p).plan).size());
    }
    const double us = double(t.nsecsElapsed()) / 1000.0 / double(rounds * plans.size());
    line(u"real plans: %1 plans (%2 kB), parse + analyze + findings: %3 µs per plan, %4 MB/s"_s
             .arg(plans.size())
             .arg(bytes / 1024)
             .arg(us, 0, 'f', 1)
             .arg(double(bytes) * rounds / (double(t.nsecsElapsed()) / 1e9) / 1e6, 0, 'f', 1));
    return us;
}

void bigPlanBench()
{
    // An Append over 5 000 partitions, each an index scan: the shape of a badly pruned plan.
    QByteArray json = R"([{"Plan": {"Node Type": "Append", "Total Cost": 50000, "Plan Rows": 5000,
        "Actual Total Time": 900, "Actual Rows": 5000, "Actual Loops": 1, "Plans": [)";
    for (int i = 0; i < 5000; ++i) {
        if (i)
            json += ',';
        json +=
            R"({"Node Type": "Index Scan", "Parent Relationship": "Member", "Relation Name": "events_)" +
            QByteArray::number(i) +
            R"j(", "Index Name": "events_at_idx", "Total Cost": 10, "Plan Rows": 1, "Actual Total Time": 0.15,
                "Actual Rows": 1, "Actual Loops": 1, "Index Cond": "(at = $1)"})j";
    }
    json += R"(]}, "Execution Time": 910}])";
    const PlanParseResult check = PlanParser::parse(json);
    if (!check.ok()) {
        line(u"large plan: does not parse: %1"_s.arg(check.error));
        return;
    }
    QElapsedTimer t;
    t.start();
    const int rounds = 20;
    for (int r = 0; r < rounds; ++r)
        PlanFinding::of(PlanParser::parse(json).plan);
    line(u"large plan: 5 001 nodes (%1 kB): %2 ms per parse + analyze + findings"_s
             .arg(json.size() / 1024)
             .arg(double(t.nsecsElapsed()) / 1e6 / rounds, 0, 'f', 1));
}

void windowBench()
{
    const int statements = 5000;
    const int intervals = 360; // one hour at 10 s
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> unit(0, 1);
    QHash<StatementKey, StatementCounters> counters;
    QHash<StatementKey, QString> texts;
    for (int i = 0; i < statements; ++i) {
        const StatementKey k{qint64(i) * 7919, 10, 5, true};
        counters.insert(k, StatementCounters());
        texts.insert(k, u"SELECT * FROM t%1 WHERE id = $1"_s.arg(i));
    }
    StatementHistory history;
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-intervals * 10);
    QElapsedTimer add;
    qint64 addNs = 0;
    for (int s = 0; s <= intervals; ++s) {
        StatementSnapshot snap;
        snap.takenAt = t0.addSecs(s * 10);
        if (s == 0)
            snap.newTexts = texts;
        for (auto it = counters.begin(); it != counters.end(); ++it) {
            if (s > 0 && unit(rng) < 0.2) { // a fifth of the statements run in an interval
                StatementCounters &c = it.value();
                const double calls = 1 + std::floor(unit(rng) * 50);
                const double ms = 0.1 + unit(rng) * 20;
                c.calls += calls;
                c.totalMs += calls * ms;
                c.meanMs = c.totalMs / c.calls;
                c.maxMs = std::max(c.maxMs, ms * 1.5);
                c.rows += calls;
                c.deriveSumSquares();
            }
        }
        snap.counters = counters;
        add.start();
        history.add(snap);
        addNs += add.nsecsElapsed();
    }
    QElapsedTimer t;
    t.start();
    const StatementWindowResult w =
        StatementWindow::compute(history, StatementWindowSpec::last(3600));
    const double computeMs = double(t.nsecsElapsed()) / 1e6;
    const double bytes =
        double(history.deltaCount()) * double(sizeof(StatementDelta) + sizeof(StatementKey) + 16);
    line(u"slow-query window: %1 statements × %2 intervals (%3 deltas, about %4 MB): add %5 ms "
         "per snapshot, rank the hour (with N+1 detection) in %6 ms"_s.arg(statements)
             .arg(intervals)
             .arg(history.deltaCount())
             .arg(bytes / 1e6, 0, 'f', 1)
             .arg(double(addNs) / 1e6 / intervals, 0, 'f', 2)
             .arg(computeMs, 0, 'f', 1));
    Q_UNUSED(w);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString dir = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                 : QStringLiteral(SONDE_SOURCE_DIR) + u"/tests/data/plans"_s;
    if (plansBench(dir) < 0) {
        std::fprintf(stderr, "no plans in %s\n", dir.toUtf8().constData());
        return 1;
    }
    bigPlanBench();
    windowBench();
    return 0;
}

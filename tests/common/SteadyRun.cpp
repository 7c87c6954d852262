#include "SteadyRun.h"

using namespace Qt::StringLiterals;

namespace sonde::test {

BenchmarkResult steadyRun(double tps, int seconds)
{
    BenchmarkResult r;
    r.config.workload = WorkloadKind::SelectOnly;
    r.config.name = u"tps %1"_s.arg(tps);
    r.config.durationSeconds = seconds;
    r.status = BenchmarkResult::Status::Completed;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.measuredSeconds = seconds;
    r.transactions = qint64(tps * seconds);
    for (int sec = 1; sec <= seconds; ++sec) {
        BenchmarkProgress p;
        p.second = sec;
        p.throughput = tps;
        p.transactions = qint64(tps);
        p.p50Ms = 1;
        p.p99Ms = 2;
        r.progress << p;
    }
    return r;
}

} // namespace sonde::test

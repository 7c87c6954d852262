#include "ScriptReportText.h"

#include "common/DisplayFormat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)
};

QString percent(qint64 part, qint64 whole)
{
    return DisplayFormat::percent(whole > 0 ? 100.0 * double(part) / double(whole) : 0.0);
}

} // namespace

QStringList ScriptReportText::lines(const BenchmarkResult &result, bool perCommand)
{
    QStringList out;
    if (result.scripts.isEmpty())
        return out;
    const BenchmarkConfig &config = result.config;
    qint64 failed = 0, skipped = 0, retried = 0, retries = 0, late = 0, weights = 0;
    for (const ScriptReport &s : result.scripts) {
        failed += s.failed;
        skipped += s.skipped;
        retried += s.retried;
        retries += s.retries;
        late += s.late;
        weights += s.weight;
    }
    const qint64 all = result.transactions + failed + skipped;
    out << Text::tr("random seed   %1").arg(result.randomSeed);
    out << Text::tr("failed        %1 (%2)")
               .arg(DisplayFormat::count(failed), percent(failed, all));
    if (config.maxTries != 1) {
        out << Text::tr("retried       %1 transactions, %2 retries in all (at most %3 tries)")
                   .arg(DisplayFormat::count(retried), DisplayFormat::count(retries),
                        config.maxTries == 0 ? Text::tr("unlimited")
                                             : QString::number(config.maxTries));
    }
    if (config.latencyLimitMs > 0) {
        if (config.targetRate > 0) {
            out << Text::tr("skipped       %1 (%2): already later than %3 when due")
                       .arg(DisplayFormat::count(skipped), percent(skipped, all),
                            DisplayFormat::duration(config.latencyLimitMs));
        }
        out << Text::tr("late          %1 (%2) above the %3 latency limit")
                   .arg(DisplayFormat::count(late), percent(late, all),
                        DisplayFormat::duration(config.latencyLimitMs));
    }
    const bool several = result.scripts.size() > 1;
    for (qsizetype i = 0; i < result.scripts.size(); ++i) {
        const ScriptReport &s = result.scripts.at(i);
        if (!several && !perCommand)
            break;
        if (several) {
            out << Text::tr("script %1      %2, weight %3 (targets %4 of total)")
                       .arg(i + 1)
                       .arg(s.name)
                       .arg(s.weight)
                       .arg(percent(s.weight, weights));
            out << Text::tr("              %1 transactions (%2 of total, %3 tx/s), %4 failed, "
                            "%5 skipped")
                       .arg(
                           DisplayFormat::count(s.transactions),
                           percent(s.transactions, result.transactions),
                           DisplayFormat::rate(result.measuredSeconds > 0
                                                   ? double(s.transactions) / result.measuredSeconds
                                                   : 0.0),
                           DisplayFormat::count(s.failed), DisplayFormat::count(s.skipped));
            out << Text::tr("              latency average %1, stddev %2")
                       .arg(DisplayFormat::duration(s.latencyAverageMs),
                            DisplayFormat::duration(s.latencyStddevMs));
        }
        if (!perCommand)
            continue;
        out << Text::tr("commands of %1 (average latency, failures, retries):").arg(s.name);
        for (const ScriptCommandReport &c : s.commands) {
            out << u"  %1 %2 %3  %4"_s.arg(DisplayFormat::duration(c.averageMs), 10)
                       .arg(DisplayFormat::count(c.failures), 8)
                       .arg(DisplayFormat::count(c.retries), 8)
                       .arg(c.text);
        }
    }
    return out;
}

} // namespace sonde::cli

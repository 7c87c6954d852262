#include "StatementWindow.h"

#include "NPlusOneDetector.h"
#include "sql/OwnStatements.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

struct Sum
{
    StatementCounters c;
    double maxMs = 0;
    bool maxExact = false;
};

void accumulate(Sum *sum, const StatementDelta &d)
{
    StatementCounters &c = sum->c;
    c.calls += d.change.calls;
    c.totalMs += d.change.totalMs;
    c.rows += d.change.rows;
    c.sharedHit += d.change.sharedHit;
    c.sharedRead += d.change.sharedRead;
    c.tempWritten += d.change.tempWritten;
    c.sumSquares += d.change.sumSquares;
    if (d.newMaxMs >= 0) {
        sum->maxMs = sum->maxExact ? std::max(sum->maxMs, d.newMaxMs) : d.newMaxMs;
        sum->maxExact = true;
    } else if (!sum->maxExact && d.change.calls > 0) {
        sum->maxMs = std::max(sum->maxMs, d.change.totalMs / d.change.calls);
    }
}

} // namespace

int StatementWindowResult::indexOf(const StatementKey &key) const
{
    for (int i = 0; i < statements.size(); ++i) {
        if (statements.at(i).key == key)
            return i;
    }
    return -1;
}

QList<const StatementInterval *> StatementWindow::intervalsOf(const StatementHistory &history,
                                                              const StatementWindowResult &w)
{
    QList<const StatementInterval *> out;
    for (const StatementInterval &i : history.intervals()) {
        if (w.from.isValid() && i.start < w.from)
            continue;
        if (w.to.isValid() && i.end > w.to)
            continue;
        out.append(&i);
    }
    return out;
}

StatementWindowResult StatementWindow::compute(const StatementHistory &history,
                                               const StatementWindowSpec &spec, double slowMs)
{
    StatementWindowResult w;
    w.spec = spec;
    w.to = history.lastSampleAt();
    QHash<StatementKey, Sum> sums;
    if (spec.kind == StatementWindowSpec::Kind::SinceReset) {
        w.from = history.statsReset();
        for (auto it = history.latest().constBegin(); it != history.latest().constEnd(); ++it) {
            if (it.value().calls <= 0)
                continue;
            Sum &s = sums[it.key()];
            s.c = it.value();
            s.maxMs = it.value().maxMs;
            s.maxExact = true;
        }
        if (!w.from.isValid())
            w.note = tr("Totals since pg_stat_statements was last reset (the server does not say "
                        "when before PostgreSQL 14).");
    } else {
        const bool between = spec.kind == StatementWindowSpec::Kind::Between;
        QDateTime start = spec.kind == StatementWindowSpec::Kind::SinceMarker || between
                              ? spec.marker
                              : w.to.addMSecs(-qint64(spec.seconds) * 1000);
        // An interval that started up to half its length before the window still counts:
        // sampling never lines up with the window's edge exactly (nor one that ends up to
        // half its length after a range's end).
        QDateTime first;
        QDateTime last;
        for (const StatementInterval &i : history.intervals()) {
            const qint64 half = i.start.msecsTo(i.end) / 2;
            if (!start.isValid() || i.start.addMSecs(half) < start)
                continue;
            if (between && i.end.addMSecs(-half) > spec.until)
                break;
            if (!first.isValid())
                first = i.start;
            last = i.end;
            for (auto it = i.deltas.constBegin(); it != i.deltas.constEnd(); ++it)
                accumulate(&sums[it.key()], it.value());
        }
        if (between)
            w.to = last.isValid() ? last : spec.until;
        w.from = first.isValid() ? first : w.to;
        // A range the readings start after (a recording begun later, a history trimmed).
        w.partial =
            (spec.kind == StatementWindowSpec::Kind::Last || between) &&
            (!history.firstSampleAt().isValid() || history.firstSampleAt().msecsTo(start) < -5000);
        if (between && !first.isValid())
            w.note = tr("No two readings of pg_stat_statements in this range (they were taken "
                        "every 10 s): widen the window.");
        else if (history.intervals().empty())
            w.note = tr("Waiting for a second sample: rankings come from the difference between "
                        "two reads of pg_stat_statements.");
        else if (w.partial && between)
            w.note = tr("The readings of pg_stat_statements start at %1: the ranking covers "
                        "the window from then.")
                         .arg(history.firstSampleAt().toLocalTime().toString(u"HH:mm:ss"_s));
        else if (w.partial)
            w.note = tr("Sonde has sampled for %1 s only: the ranking covers that time.")
                         .arg(qRound(double(history.firstSampleAt().msecsTo(w.to)) / 1000.0));
    }

    for (auto it = sums.constBegin(); it != sums.constEnd(); ++it) {
        const QString text = history.text(it.key());
        if (OwnStatements::isSonde(text))
            continue; // Sonde's own (monitoring, health, what-if, plans)
        const StatementCounters &c = it.value().c;
        SlowStatement s;
        s.key = it.key();
        s.query = text;
        s.role = history.roleName(it.key().userId);
        s.database = history.databaseName(it.key().dbId);
        s.calls = c.calls;
        s.totalMs = c.totalMs;
        s.meanMs = c.calls > 0 ? c.totalMs / c.calls : 0;
        s.stddevMs = c.calls > 0
                         ? std::sqrt(std::max(0.0, c.sumSquares / c.calls - s.meanMs * s.meanMs))
                         : 0;
        s.maxMs = it.value().maxMs;
        s.maxExact = it.value().maxExact;
        s.rowsPerCall = c.calls > 0 ? c.rows / c.calls : 0;
        s.sharedHit = c.sharedHit;
        s.sharedRead = c.sharedRead;
        s.tempWritten = c.tempWritten;
        s.slow = s.meanMs >= slowMs;
        w.totalMs += c.totalMs;
        w.totalCalls += c.calls;
        w.statements.append(s);
    }
    for (SlowStatement &s : w.statements)
        s.share = w.totalMs > 0 ? s.totalMs / w.totalMs : 0;
    std::sort(w.statements.begin(), w.statements.end(),
              [](const SlowStatement &a, const SlowStatement &b) { return a.totalMs > b.totalMs; });
    NPlusOneDetector::mark(intervalsOf(history, w), &w.statements);
    return w;
}

QList<StatementPoint> StatementWindow::series(const StatementHistory &history,
                                              const StatementWindowResult &window,
                                              const StatementKey &key)
{
    QList<StatementPoint> out;
    for (const StatementInterval *i : intervalsOf(history, window)) {
        StatementPoint p;
        p.at = i->end;
        p.seconds = i->seconds();
        const auto d = i->deltas.constFind(key);
        if (d != i->deltas.constEnd() && d->change.calls > 0) {
            p.calls = d->change.calls;
            p.meanMs = d->change.totalMs / d->change.calls;
        }
        out.append(p);
    }
    return out;
}

} // namespace sonde

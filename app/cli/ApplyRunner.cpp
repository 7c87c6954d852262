#include "ApplyRunner.h"

#include "CliJob.h"
#include "CliOutput.h"
#include "CliTarget.h"
#include "advisor/AdviceService.h"
#include "common/BoundedRead.h"
#include "common/DisplayFormat.h"
#include "connection/PgConnInfo.h"
#include "indexes/ChangeLog.h"
#include "indexes/IndexChangeService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

QString redacted(const QString &uri)
{
    PgConnInfo info;
    return PgConnInfo::parse(uri, &info, nullptr) ? info.redacted() : QString();
}

bool openLog(ChangeLog *log)
{
    QString error;
    if (log->open(&error))
        return true;
    printErr(error);
    return false;
}

} // namespace

bool ApplyRunner::confirm(const QString &question)
{
    printErr(question + u" [y/N] "_s);
    QByteArray line;
    QString error;
    if (!BoundedRead::readLine(stdin, &line, &error) && !error.isEmpty())
        printErr(error);
    const QString answer = QString::fromUtf8(line).trimmed().toLower();
    return answer == u"y"_s || answer == u"yes"_s;
}

DbError ApplyRunner::reportInterruptedBuilds(const QString &uri)
{
    const IndexRecoveryResult r = IndexChangeService::recover(uri);
    if (r.error.kind == DbError::Kind::Configuration)
        printErr(r.error.message); // the change log cannot be opened
    for (const QString &m : r.messages)
        printErr(tr("Interrupted build: %1").arg(m));
    return r.error;
}

int ApplyRunner::recoverFirst(const QString &uri)
{
    const DbError err = reportInterruptedBuilds(uri);
    if (!err)
        return ExitOk;
    printErr(err.toString());
    return ExitFailed;
}

int ApplyRunner::directOnly(const QString &uri)
{
    bool pooled = false;
    const DbError err = IndexBuilder::checkDirect(uri, &pooled);
    if (!err)
        return ExitOk;
    printErr(pooled ? err.message : err.toString());
    return pooled ? ExitRefused : ExitFailed;
}

int ApplyRunner::applyRecommendations(const QString &uri, const QList<IndexRecommendation> &recs,
                                      bool yes, int lockTimeoutMs)
{
    QStringList statements;
    const QList<IndexBuildPlan> plans = AdviceService::plans(recs, &statements);
    return applyPlans(uri, plans, statements, yes, lockTimeoutMs, false);
}

int ApplyRunner::applyPlans(const QString &uri, const QList<IndexBuildPlan> &plans,
                            const QStringList &statementsJson, bool yes, int lockTimeoutMs,
                            bool json)
{
    printErr(tr("Sonde will run on %1:").arg(redacted(uri)));
    for (const IndexBuildPlan &p : plans)
        printErr(u"  "_s + terminated(p.script()).join(u"\n  "_s));
    if (!yes && !confirm(tr("Build %n index(es) now?", "", int(plans.size())))) {
        printErr(tr("Nothing was changed."));
        return ExitRefused;
    }
    std::atomic<bool> cancel{false};
    int failures = 0;
    QString lastLine;
    const auto progress = [&lastLine](const QString &text, int percent) {
        const QString line = u"[%1%] %2"_s.arg(percent, 3).arg(text);
        if (line != lastLine)
            printErr(line);
        lastLine = line;
    };
    // Called on the job's thread, between builds: stderr and stdout are the CLI's own.
    const auto report = [&](const IndexBuildPlan &plan, const IndexBuildOutcome &outcome,
                            qint64 ms) {
        if (json) {
            QJsonObject o{{u"change"_s, outcome.changeId},
                          {u"index"_s, plan.qualifiedName()},
                          {u"applied"_s, outcome.applied()},
                          {u"seconds"_s, double(ms) / 1000.0}};
            if (!outcome.applied())
                o[u"error"_s] = outcome.error.toString();
            if (!outcome.cleanup.isEmpty())
                o[u"cleanup"_s] = outcome.cleanup;
            if (!outcome.note.isEmpty())
                o[u"note"_s] = outcome.note;
            printJson(o);
        }
        if (outcome.applied()) {
            printErr(tr("Built %1 in %2 (change #%3; revert with sonde-cli revert %4 %3).")
                         .arg(plan.qualifiedName())
                         .arg(DisplayFormat::duration(double(ms)))
                         .arg(outcome.changeId)
                         .arg(u"<uri>"_s));
            if (!outcome.note.isEmpty())
                printErr(outcome.note);
            return;
        }
        ++failures;
        printErr(tr("%1 was not built: %2").arg(plan.qualifiedName(), outcome.error.toString()));
        if (!outcome.cleanup.isEmpty())
            printErr(outcome.cleanup);
    };
    const IndexChangeResult r = runInterruptible(&cancel, [&]() {
        return IndexChangeService::apply(uri, plans, statementsJson, lockTimeoutMs, &cancel,
                                         progress, report);
    });
    if (r.error) {
        printErr(r.error.message);
        return ExitFailed;
    }
    return failures == 0 && !cancel.load() ? ExitOk : ExitFailed;
}

int ApplyRunner::revert(const QString &uri, qint64 changeId, bool yes, int lockTimeoutMs, bool json)
{
    ChangeLog log;
    if (!openLog(&log))
        return ExitFailed;
    const std::optional<IndexChange> change = log.find(changeId);
    if (!change) {
        printErr(
            tr("There is no change #%1 in the change log (%2).").arg(changeId).arg(log.path()));
        return ExitUsage;
    }
    // Said before the DROP is shown: never "will run" and then "nothing to revert".
    if (!change->mayRevert()) {
        printErr(IndexBuilder::revertRefusal(*change));
        return ExitUsage;
    }
    // The start of this command may just have removed an interrupted build's leftover.
    if (change->outcome != IndexChange::Outcome::Applied && !change->leftover) {
        printErr(tr("Change #%1 (%2) has no index left on the server: nothing to drop.")
                     .arg(changeId)
                     .arg(changeOutcomeName(change->outcome)));
        return ExitOk;
    }
    if (change->action != IndexChange::Action::Create) {
        printErr(tr("Change #%1 is not an index build: undo it with sonde-cli health %2 --revert "
                    "%1.")
                     .arg(changeId)
                     .arg(change->target));
        return ExitUsage;
    }
    printErr(tr("Sonde will run on %1:").arg(change->target));
    printErr(u"  "_s + terminated(change->revertDdl).join(u"\n  "_s));
    if (change->outcome != IndexChange::Outcome::Applied)
        printErr(tr("(Change #%1 is %2: its index is dropped if it is still there.)")
                     .arg(changeId)
                     .arg(changeOutcomeName(change->outcome)));
    if (!yes && !confirm(tr("Drop the index now?"))) {
        printErr(tr("Nothing was changed."));
        return ExitRefused;
    }
    std::atomic<bool> cancel{false};
    IndexBuildOutcome outcome;
    runInterruptible(&cancel, [&]() {
        return IndexChangeService::revert(uri, changeId, lockTimeoutMs, &cancel, {}, &outcome);
    });
    if (json) {
        QJsonObject o{{u"change"_s, outcome.changeId},
                      {u"reverts"_s, changeId},
                      {u"applied"_s, outcome.applied()}};
        if (!outcome.applied())
            o[u"error"_s] = outcome.error.toString();
        printJson(o);
    }
    if (!outcome.applied()) {
        printErr(tr("The revert failed: %1").arg(outcome.error.toString()));
        return ExitFailed;
    }
    printErr(tr("Dropped %1.%2 (change #%3).")
                 .arg(change->schema, change->indexName)
                 .arg(outcome.changeId));
    return ExitOk;
}

} // namespace sonde::cli

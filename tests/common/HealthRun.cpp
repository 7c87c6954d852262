#include "HealthRun.h"

#include "health/HealthService.h"

#include <QElapsedTimer>
#include <QThread>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde::test {

HealthReport runHealth(TargetKind kind, const QString &uri, const HealthThresholds &thresholds,
                       const MachineFacts &machine, const QString &pooledUri)
{
    HealthRequest request;
    request.target.id = u"test"_s;
    request.target.name = u"test"_s;
    request.target.kind = kind;
    request.target.uri = uri;
    request.target.pooledUri = pooledUri;
    request.thresholds = thresholds;
    request.machine = machine;
    return HealthService::run(request);
}

QList<HealthFinding> findingsOf(const HealthReport &report, const QString &check,
                                const QString &object)
{
    QList<HealthFinding> out;
    for (const HealthFinding &f : report.findings) {
        if (f.check == check && (object.isEmpty() || f.object == object))
            out << f;
    }
    return out;
}

HealthFinding waitForFinding(TargetKind kind, const QString &uri, const QString &check,
                             const QString &object, const HealthThresholds &thresholds,
                             const MachineFacts &machine, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    HealthReport report;
    do {
        report = runHealth(kind, uri, thresholds, machine);
        const QList<HealthFinding> found = findingsOf(report, check, object);
        if (!found.isEmpty())
            return found.first();
        QThread::msleep(200);
    } while (clock.elapsed() < timeoutMs);
    qWarning().noquote() << "no" << check << object << "in:" << describe(report);
    return {};
}

bool execSql(const QString &conninfo, const QString &sql, QString *error)
{
    try {
        pqxx::connection c(conninfo.toStdString());
        pqxx::nontransaction tx(c);
        tx.exec(sql.toStdString());
        return true;
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromUtf8(e.what());
        return false;
    }
}

QString describe(const HealthReport &report)
{
    QStringList lines;
    if (report.error)
        lines << u"error: "_s + report.error.toString();
    for (const HealthCheckError &e : report.errors)
        lines << u"error in "_s + e.family + u": "_s + e.error.toString();
    for (const HealthFinding &f : report.findings)
        lines << u"%1 %2 %3: %4"_s.arg(healthSeverityKey(f.severity), f.check, f.object, f.message);
    return lines.join(u'\n');
}

} // namespace sonde::test

#include "BenchmarkStore.h"

#include "common/PrivateFiles.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

BenchmarkStore::BenchmarkStore()
    : m_connection(u"sonde-bench-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

BenchmarkStore::~BenchmarkStore()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString BenchmarkStore::defaultPath()
{
    return PrivateFiles::dataPath(u"benchmarks.sqlite"_s);
}

bool BenchmarkStore::open(const QString &path, QString *error)
{
    m_path = path;
    QString why;
    if (!PrivateFiles::prepare(path, &why)) {
        if (error)
            *error = tr("Cannot prepare the benchmark database %1: %2").arg(path, why);
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        if (error)
            *error =
                tr("Cannot open the benchmark database %1: %2").arg(path, db.lastError().text());
        return false;
    }
    const bool ok = exec(u"PRAGMA journal_mode = WAL"_s, error) &&
                    exec(u"PRAGMA synchronous = NORMAL"_s, error) &&
                    exec(u"CREATE TABLE IF NOT EXISTS runs ("
                         "id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, status TEXT NOT NULL, "
                         "workload TEXT, target TEXT, started_at TEXT, finished_at TEXT, "
                         "pid INTEGER, result TEXT NOT NULL)"_s,
                         error) &&
                    exec(u"CREATE TABLE IF NOT EXISTS progress (run_id INTEGER NOT NULL "
                         "REFERENCES runs(id) ON DELETE CASCADE, second REAL NOT NULL, "
                         "data TEXT NOT NULL)"_s,
                         error) &&
                    exec(u"CREATE INDEX IF NOT EXISTS progress_run ON progress (run_id)"_s, error);
    if (ok)
        markInterrupted();
    return ok;
}

bool BenchmarkStore::isOpen() const
{
    return QSqlDatabase::contains(m_connection) &&
           QSqlDatabase::database(m_connection, false).isOpen();
}

bool BenchmarkStore::exec(const QString &sql, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(sql)) {
        if (error)
            *error = tr("The benchmark database refused \"%1\": %2")
                         .arg(sql.left(40), q.lastError().text());
        return false;
    }
    return true;
}

void BenchmarkStore::markInterrupted()
{
    // Runs left "running" by a Sonde that is gone: keep what their progress reached.
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.exec(u"SELECT id, pid FROM runs WHERE status = 'running'"_s);
    QList<qint64> dead;
    while (q.next()) {
        if (!processAlive(q.value(1).toLongLong()))
            dead << q.value(0).toLongLong();
    }
    for (qint64 id : std::as_const(dead)) {
        BenchmarkResult r;
        if (!load(id, &r))
            continue;
        r.status = BenchmarkResult::Status::Interrupted;
        r.error = tr("Sonde stopped during this run: the figures cover the seconds it recorded.");
        double seconds = 0;
        qint64 tx = 0;
        for (const BenchmarkProgress &p : std::as_const(r.progress)) {
            if (p.warmup)
                continue;
            tx += p.transactions;
            seconds = p.second - r.config.warmupSeconds;
        }
        r.transactions = tx;
        r.measuredSeconds = std::max(0.0, seconds);
        r.finishedAt = r.startedAt.addMSecs(
            qint64(r.progress.isEmpty() ? 0 : r.progress.last().second * 1000));
        finishRun(r);
    }
}

bool BenchmarkStore::insertRun(BenchmarkResult *result, QString *error)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO runs (name, status, workload, target, started_at, pid, result) "
              "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(result->config.name);
    q.addBindValue(result->statusName());
    q.addBindValue(workloadName(result->config.workload));
    q.addBindValue(result->config.targetDisplay);
    q.addBindValue(result->startedAt.toString(Qt::ISODateWithMs));
    q.addBindValue(qint64(::getpid()));
    q.addBindValue(toJsonText(result->toJson(true)));
    if (!q.exec()) {
        if (error)
            *error = tr("The run could not be stored: %1").arg(q.lastError().text());
        return false;
    }
    result->id = q.lastInsertId().toLongLong();
    return true;
}

bool BenchmarkStore::appendProgress(qint64 runId, const BenchmarkProgress &progress)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"INSERT INTO progress (run_id, second, data) VALUES (?, ?, ?)"_s);
    q.addBindValue(runId);
    q.addBindValue(progress.second);
    q.addBindValue(toJsonText(progress.toJson()));
    return q.exec();
}

bool BenchmarkStore::finishRun(const BenchmarkResult &result, QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(u"UPDATE runs SET name = ?, status = ?, finished_at = ?, result = ? WHERE id = ?"_s);
    q.addBindValue(result.config.name);
    q.addBindValue(result.statusName());
    q.addBindValue(result.finishedAt.toString(Qt::ISODateWithMs));
    q.addBindValue(toJsonText(result.toJson(true)));
    q.addBindValue(result.id);
    if (!q.exec() || q.numRowsAffected() != 1) {
        if (error)
            *error =
                tr("The run %1 could not be updated: %2").arg(result.id).arg(q.lastError().text());
        return false;
    }
    QSqlQuery del(db);
    del.prepare(u"DELETE FROM progress WHERE run_id = ?"_s);
    del.addBindValue(result.id);
    del.exec();
    return true;
}

bool BenchmarkStore::saveRun(BenchmarkResult *result, QString *error)
{
    return insertRun(result, error) && finishRun(*result, error);
}

BenchmarkResult BenchmarkStore::fromRow(const QString &json, qint64 id, bool detail) const
{
    BenchmarkResult r = BenchmarkResult::fromJson(QJsonDocument::fromJson(json.toUtf8()).object());
    r.id = id;
    if (!detail) {
        r.serverSamples.clear();
        r.replay.clear();
    }
    return r;
}

QList<BenchmarkResult> BenchmarkStore::runs(bool detail) const
{
    QList<BenchmarkResult> out;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.exec(u"SELECT id, result FROM runs ORDER BY id DESC"_s);
    while (q.next())
        out << fromRow(q.value(1).toString(), q.value(0).toLongLong(), detail);
    return out;
}

bool BenchmarkStore::load(qint64 id, BenchmarkResult *out, QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(u"SELECT result FROM runs WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec() || !q.next()) {
        if (error)
            *error = tr("There is no benchmark run %1 in %2: `sonde-cli compare --list` shows "
                        "the stored runs.")
                         .arg(id)
                         .arg(m_path);
        return false;
    }
    *out = fromRow(q.value(0).toString(), id, true);
    // A run still in progress (or interrupted) has its seconds in the progress table.
    QSqlQuery p(db);
    p.prepare(u"SELECT data FROM progress WHERE run_id = ? ORDER BY second"_s);
    p.addBindValue(id);
    if (p.exec()) {
        while (p.next())
            out->progress << BenchmarkProgress::fromJson(
                QJsonDocument::fromJson(p.value(0).toString().toUtf8()).object());
    }
    return true;
}

bool BenchmarkStore::rename(qint64 id, const QString &name)
{
    BenchmarkResult r;
    if (!load(id, &r))
        return false;
    r.config.name = name;
    return finishRun(r);
}

bool BenchmarkStore::setAppliedDdl(qint64 id, const QStringList &ddl)
{
    BenchmarkResult r;
    if (!load(id, &r))
        return false;
    r.appliedDdl = ddl;
    return finishRun(r);
}

bool BenchmarkStore::remove(qint64 id)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(u"DELETE FROM progress WHERE run_id = ?"_s);
    q.addBindValue(id);
    q.exec();
    QSqlQuery r(db);
    r.prepare(u"DELETE FROM runs WHERE id = ?"_s);
    r.addBindValue(id);
    return r.exec() && r.numRowsAffected() == 1;
}

} // namespace sonde

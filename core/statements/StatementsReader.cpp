#include "StatementsReader.h"

#include "sql/OwnStatements.h"

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const char *const NamesQuery = "/* sonde */ SELECT 'r', oid::int8, rolname::text FROM pg_roles "
                               "UNION ALL SELECT 'd', oid::int8, datname::text FROM pg_database";

std::string utf8(const QString &s)
{
    return s.toStdString();
}

double num(const pqxx::field &f)
{
    return f.is_null() ? 0.0 : f.as<double>();
}

// Column names changed in pg_stat_statements 1.8 (PostgreSQL 13): total_time became
// total_exec_time and planning got its own columns; toplevel came in 1.9 (PostgreSQL 14),
// shared_blk_read_time in 1.11 (PostgreSQL 17).
QString countersQuery(const QString &function, bool v18, bool v19, bool v111)
{
    QString q = u"/* sonde */ SELECT coalesce(s.queryid, 0), s.userid::int8, s.dbid::int8, "_s;
    q += v19 ? u"s.toplevel, "_s : u"true, "_s;
    q += v18 ? u"s.calls, s.total_exec_time, s.min_exec_time, s.max_exec_time, "
               "s.mean_exec_time, s.stddev_exec_time, "_s
             : u"s.calls, s.total_time, s.min_time, s.max_time, s.mean_time, s.stddev_time, "_s;
    q += u"s.rows, s.shared_blks_hit, s.shared_blks_read, s.shared_blks_dirtied, "
         "s.shared_blks_written, s.temp_blks_read, s.temp_blks_written, "_s;
    q += v111 ? u"s.shared_blk_read_time, s.shared_blk_write_time, "_s
              : u"s.blk_read_time, s.blk_write_time, "_s;
    q += v18 ? u"s.total_plan_time "_s : u"0::float8 "_s;
    q += u"FROM %1(false) s"_s.arg(function);
    return q;
}

} // namespace

void StatementsReader::reset(const QString &schema, const QString &extensionVersion)
{
    m_function.clear();
    m_texts.clear();
    m_ownQueryIds.clear();
    if (schema.isEmpty())
        return;
    // An identifier quoted the way PostgreSQL's quote_ident does.
    QString quoted = schema;
    quoted.replace(u'"', u"\"\""_s);
    m_function = u"\""_s + quoted + u"\".pg_stat_statements"_s;
    const QStringList v = extensionVersion.split(u'.');
    const int major = v.value(0).toInt();
    const int minor = v.value(1).toInt();
    auto atLeast = [major, minor](int m, int n) {
        return major > m || (major == m && minor >= n);
    };
    m_v18 = atLeast(1, 8);
    m_v19 = atLeast(1, 9);
    m_v111 = atLeast(1, 11);
}

void StatementsReader::readNames(pqxx::transaction_base &tx, qint64 *statementsRun)
{
    const pqxx::result r = tx.exec(NamesQuery);
    ++*statementsRun;
    for (const pqxx::row &row : r) {
        const auto oid = quint32(row[1].as<qint64>());
        const QString name = QString::fromUtf8(row[2].c_str());
        if (row[0].as<std::string>() == "r")
            m_roleNames.insert(oid, name);
        else
            m_databaseNames.insert(oid, name);
    }
}

StatementSnapshot StatementsReader::read(pqxx::transaction_base &tx, qint64 *statementsRun)
{
    StatementSnapshot s;
    if (m_v19) {
        const pqxx::row info = tx.exec1(
            utf8(u"/* sonde */ SELECT extract(epoch FROM stats_reset)::float8 FROM %1_info"_s.arg(
                m_function)));
        ++*statementsRun;
        if (!info[0].is_null())
            s.statsReset =
                QDateTime::fromMSecsSinceEpoch(qint64(info[0].as<double>() * 1000.0), Qt::UTC);
    }
    const pqxx::result rows = tx.exec(utf8(countersQuery(m_function, m_v18, m_v19, m_v111)));
    ++*statementsRun;
    s.takenAt = QDateTime::currentDateTimeUtc();
    s.counters.reserve(qsizetype(rows.size()));
    QList<qint64> unknown;
    bool unknownName = false;
    for (const pqxx::row &r : rows) {
        StatementKey k;
        k.queryId = r[0].as<qint64>();
        k.userId = quint32(r[1].as<qint64>());
        k.dbId = quint32(r[2].as<qint64>());
        k.topLevel = r[3].as<bool>(true);
        if (k.queryId != 0 && !m_texts.contains(k.queryId))
            unknown << k.queryId;
        if (!m_roleNames.contains(k.userId) || !m_databaseNames.contains(k.dbId))
            unknownName = true;
        // Rows without a queryid (other roles, no pg_read_all_stats) are summed.
        StatementCounters &x = s.counters[k];
        x.calls += num(r[4]);
        x.totalMs += num(r[5]);
        x.minMs = num(r[6]);
        x.maxMs = qMax(x.maxMs, num(r[7]));
        x.meanMs = num(r[8]);
        x.stddevMs = num(r[9]);
        x.rows += num(r[10]);
        x.sharedHit += num(r[11]);
        x.sharedRead += num(r[12]);
        x.sharedDirtied += num(r[13]);
        x.sharedWritten += num(r[14]);
        x.tempRead += num(r[15]);
        x.tempWritten += num(r[16]);
        x.ioReadMs += num(r[17]);
        x.ioWriteMs += num(r[18]);
        x.planMs += num(r[19]);
        if (k.queryId != 0)
            x.deriveSumSquares();
    }
    if (!unknown.isEmpty())
        learnTexts(tx, unknown, statementsRun);
    if (unknownName)
        readNames(tx, statementsRun);
    return s;
}

void StatementsReader::learnTexts(pqxx::transaction_base &tx, const QList<qint64> &queryIds,
                                  qint64 *statementsRun)
{
    std::string array = "{";
    for (qsizetype i = 0; i < queryIds.size(); ++i)
        array += (i ? "," : "") + std::to_string(queryIds.at(i));
    array += "}";
    const pqxx::result rows = tx.exec_params(
        utf8(u"/* sonde */ SELECT queryid, query FROM %1(true) WHERE queryid = ANY($1::int8[])"_s
                 .arg(m_function)),
        array);
    ++*statementsRun;
    // Keep the cache bounded (pg_stat_statements.max is 5000 by default).
    if (m_texts.size() > 20000)
        m_texts.clear();
    for (const pqxx::row &row : rows) {
        const qint64 id = row[0].as<qint64>();
        const QString q = row[1].is_null() ? QString() : QString::fromUtf8(row[1].c_str());
        if (OwnStatements::isSonde(q))
            m_ownQueryIds.insert(id);
        m_texts.insert(id, q);
    }
    // Ids whose text could not be read (evicted meanwhile) get an empty text, not a retry loop.
    for (qint64 id : queryIds) {
        if (!m_texts.contains(id))
            m_texts.insert(id, QString());
    }
}

StatementSnapshot StatementsReader::withTexts(const StatementSnapshot &reading) const
{
    StatementSnapshot s = reading;
    s.counters.removeIf([](const auto &it) { return it.key().queryId == 0; });
    s.newTexts.reserve(s.counters.size());
    for (auto it = s.counters.cbegin(); it != s.counters.cend(); ++it)
        s.newTexts.insert(it.key(), m_texts.value(it.key().queryId));
    s.roleNames = m_roleNames;
    s.databaseNames = m_databaseNames;
    return s;
}

} // namespace sonde

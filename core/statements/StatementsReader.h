#pragma once

#include "StatementSnapshot.h"

#include <QHash>
#include <QSet>

namespace pqxx {
class transaction_base;
}

namespace sonde {

// The one reader of pg_stat_statements (its SQL lives here): every counter of every entry
// in one statement per reading, the texts of entries it has not seen (reading texts reads
// the server's whole query file, so they are cached by queryid), the role and database
// names when an unknown one shows up. Sonde's own statements are recognised by their text
// (OwnStatements). Lives on the monitoring connection's thread.
class StatementsReader
{
public:
    // After (re)connecting: the schema pg_stat_statements is installed in (empty: not
    // installed) and its version. Forgets what an earlier connection read.
    void reset(const QString &schema, const QString &extensionVersion);
    bool isInstalled() const { return !m_function.isEmpty(); }
    // Whether stats_reset (pg_stat_statements_info) and toplevel exist (extension ≥ 1.9).
    bool hasInfo() const { return m_v19; }

    // One reading. Entries without a queryid (statements of roles this one may not see)
    // are summed per role and database under queryid 0. Throws libpqxx's exceptions.
    // `statementsRun` counts the statements it sent (they are transactions of their own).
    StatementSnapshot read(pqxx::transaction_base &tx, qint64 *statementsRun);
    // Only the role and database names (at connect time).
    void readNames(pqxx::transaction_base &tx, qint64 *statementsRun);

    bool isOwn(qint64 queryId) const { return m_ownQueryIds.contains(queryId); }
    QString text(qint64 queryId) const { return m_texts.value(queryId); }
    QString roleName(quint32 oid) const { return m_roleNames.value(oid); }
    QString databaseName(quint32 oid) const { return m_databaseNames.value(oid); }
    // A snapshot as the Slow queries window reads it: entries with a queryid, each with
    // its text, and the names.
    StatementSnapshot withTexts(const StatementSnapshot &reading) const;

private:
    void learnTexts(pqxx::transaction_base &tx, const QList<qint64> &queryIds,
                    qint64 *statementsRun);

    QString m_function;  // schema-qualified pg_stat_statements
    bool m_v18 = false;  // total_exec_time, planning columns
    bool m_v19 = false;  // toplevel, pg_stat_statements_info
    bool m_v111 = false; // shared_blk_read_time
    QHash<qint64, QString> m_texts;
    QSet<qint64> m_ownQueryIds;
    QHash<quint32, QString> m_roleNames;
    QHash<quint32, QString> m_databaseNames;
};

} // namespace sonde

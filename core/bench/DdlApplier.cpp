#include "DdlApplier.h"

#include "common/CancelWatch.h"
#include "connection/PgSession.h"

#include <QLoggingCategory>

#include <pqxx/nontransaction>
#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDdl, "sonde.bench.ddl")

namespace sonde {

QStringList DdlApplier::split(const QString &text)
{
    QStringList out;
    QString current;
    for (const QString &line : text.split(u'\n')) {
        if (line.trimmed().startsWith(u"--"_s))
            continue;
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            QString s = current.trimmed();
            s.chop(1);
            if (!s.trimmed().isEmpty())
                out << s.trimmed();
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out << current.trimmed();
    return out;
}

DdlApplier::Outcome DdlApplier::apply(const QString &conninfo, bool readOnly,
                                      const QStringList &statements,
                                      const std::atomic<bool> *cancel, const Progress &progress)
{
    Outcome out;
    if (readOnly) {
        out.error = DbError::make(DbError::Kind::ReadOnlyRefused,
                                  tr("This target is read-only: Sonde does not change it. Apply "
                                     "the statements yourself, or connect with a profile that "
                                     "allows changes."));
        return out;
    }
    PgSession session;
    PgSessionOptions options;
    options.applicationName = u"sonde-apply"_s;
    options.statementTimeoutMs = 0;
    options.lockTimeoutMs = 5000;
    if (DbError err = session.open(conninfo, options)) {
        out.error = err;
        return out;
    }
    CancelWatch watch(cancel, [&session]() { session.cancel(); });
    for (int i = 0; i < statements.size(); ++i) {
        const QString &sql = statements.at(i);
        if (cancel && cancel->load()) {
            out.error =
                DbError::make(DbError::Kind::Canceled, tr("Canceled before \"%1\".").arg(sql));
            return out;
        }
        if (progress)
            progress(sql, i, int(statements.size()));
        qCInfo(lcDdl) << "applying on" << session.target() << ":" << sql;
        DbError err = session.run([&](pqxx::connection &c) {
            pqxx::nontransaction tx(c);
            tx.exec(sql.toStdString());
        });
        if (err) {
            if (watch.fired())
                err.kind = DbError::Kind::Canceled;
            qCWarning(lcDdl) << "failed:" << sql << err.toString();
            err.message = tr("\"%1\" failed: %2").arg(sql.left(120), err.message);
            out.error = err;
            return out;
        }
        out.applied << sql;
    }
    return out;
}

} // namespace sonde

#include "ReadOnlyGuard.h"

#include "sql/ParseTree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pqxx/pqxx>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// Every visible (or, when qualified, named) function of those names whose provolatile is
// 'v'. $1 = [{"schema": "", "name": "nextval"}, …].
const char *const VolatileQuery =
    "/* sonde */ SELECT DISTINCT CASE WHEN f.schema = '' THEN f.name "
    "ELSE f.schema || '.' || f.name END "
    "FROM json_to_recordset($1::json) AS f(schema text, name text) "
    "JOIN pg_proc p ON p.proname = f.name "
    "JOIN pg_namespace n ON n.oid = p.pronamespace "
    "WHERE p.provolatile = 'v' "
    "AND CASE WHEN f.schema = '' THEN pg_function_is_visible(p.oid) ELSE n.nspname = f.schema END "
    "ORDER BY 1";

} // namespace

QStringList ReadOnlyGuard::calledFunctions(const QString &sql)
{
    const ParseTree tree = ParseTree::parse(sql);
    QStringList names;
    if (!tree.ok)
        return names;
    ParseTree::walk(tree.statements, [&](const QJsonValue &node) {
        if (ParseTree::type(node) != u"FuncCall"_s)
            return;
        const QStringList parts = ParseTree::strings(ParseTree::body(node).value(u"funcname"_s));
        const QString name = parts.join(u'.');
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    });
    return names;
}

DbError ReadOnlyGuard::refuseVolatile(pqxx::transaction_base &tx, const QString &sql)
{
    const QStringList called = calledFunctions(sql);
    if (called.isEmpty())
        return {};
    QJsonArray list;
    for (const QString &f : called) {
        const QStringList parts = f.split(u'.');
        list.append(
            QJsonObject{{u"schema"_s, parts.size() > 1 ? parts.at(parts.size() - 2) : QString()},
                        {u"name"_s, parts.last()}});
    }
    const pqxx::result r = tx.exec_params(
        VolatileQuery, QJsonDocument(list).toJson(QJsonDocument::Compact).toStdString());
    QStringList found;
    for (const pqxx::row &row : r)
        found << QString::fromUtf8(row[0].c_str()) + u"()"_s;
    if (found.isEmpty())
        return {};
    return DbError::make(
        DbError::Kind::ReadOnlyRefused,
        tr("The target is read-only and the statement calls the volatile function(s) %1: a "
           "read-only transaction cannot keep such a function from acting elsewhere (another "
           "connection, a signal, a setting), so Sonde does not run it with ANALYZE. Explain it "
           "without ANALYZE.")
            .arg(found.join(u", "_s)));
}

DbError ReadOnlyGuard::explainRefusal(const DbError &err, bool targetReadOnly)
{
    if (err.kind != DbError::Kind::ReadOnlyRefused || err.sqlState != u"25006"_s)
        return err;
    DbError out = err;
    const QString reason = err.detail.section(u'\n', 0, 0).remove(u"ERROR:"_s).trimmed();
    out.detail = reason;
    out.message =
        targetReadOnly
            ? tr("The server refused a write while running the statement read-only (%1): the "
                 "target is read-only, so it is not run with ANALYZE. Explain it without "
                 "ANALYZE.")
                  .arg(reason)
            : tr("The statement writes although its text does not show it: run read-only, the "
                 "server refused it (%1). Confirm the write to run it inside a transaction that "
                 "is rolled back (a sequence advanced by nextval() stays advanced).")
                  .arg(reason);
    return out;
}

} // namespace sonde

#include "IndexStatement.h"

#include "sql/ExpressionText.h"
#include "sql/ParseTree.h"
#include "sql/SqlText.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

// The columns an expression reads (last part of each ColumnRef).
QStringList columnsOf(const QJsonValue &node)
{
    QStringList out;
    ParseTree::walk(node, [&](const QJsonValue &n) {
        if (ParseTree::type(n) != u"ColumnRef"_s)
            return;
        const QStringList fields = ParseTree::strings(ParseTree::body(n).value(u"fields"_s));
        if (!fields.isEmpty() && !out.contains(fields.last()))
            out << fields.last();
    });
    return out;
}

} // namespace

bool IndexStatement::parse(const QString &sql, const SchemaCatalog &catalog, IndexDefinition *out,
                           QString *name, QString *error)
{
    const ParseTree tree = ParseTree::parse(sql);
    if (!tree.ok) {
        *error = tr("The statement does not parse: %1").arg(tree.error);
        return false;
    }
    if (tree.statements.size() != 1 || ParseTree::type(tree.firstStatement()) != u"IndexStmt"_s) {
        *error = tr("Give exactly one CREATE INDEX statement.");
        return false;
    }
    const QJsonObject b = ParseTree::body(tree.firstStatement());
    const QJsonObject rel = b.value(u"relation"_s).toObject();
    const QString schema = rel.value(u"schemaname"_s).toString();
    const QString table = rel.value(u"relname"_s).toString();
    const CatalogTable *t = catalog.findTable(schema, table);
    if (!t) {
        *error = tr("There is no table %1 in this database.")
                     .arg(schema.isEmpty() ? table : schema + u'.' + table);
        return false;
    }
    if (!rel.value(u"inh"_s).toBool()) {
        *error = tr("ON ONLY is how Sonde builds a partitioned table's index itself: give the "
                    "table without ONLY.");
        return false;
    }
    IndexDefinition d;
    d.table = t->ref;
    d.unique = b.value(u"unique"_s).toBool();
    d.method = b.value(u"accessMethod"_s).toString(u"btree"_s);
    auto element = [&](const QJsonValue &v, IndexKey *key) {
        const QJsonObject e = ParseTree::body(v);
        if (e.contains(u"opclass"_s) || e.contains(u"collation"_s)) {
            *error = tr("Operator classes and collations are not supported here: run that "
                        "statement yourself.");
            return false;
        }
        if (e.contains(u"name"_s)) {
            *key = IndexKey::column(e.value(u"name"_s).toString());
        } else {
            key->expression = true;
            key->text = ExpressionText::deparseOrEmpty(e.value(u"expr"_s));
            key->columns = columnsOf(e.value(u"expr"_s));
            if (key->text.isEmpty()) {
                *error = tr("Sonde cannot write this index expression back exactly: run that "
                            "statement yourself.");
                return false;
            }
        }
        key->descending = e.value(u"ordering"_s).toString() == u"SORTBY_DESC"_s;
        return true;
    };
    for (const QJsonValue &v : b.value(u"indexParams"_s).toArray()) {
        IndexKey k;
        if (!element(v, &k))
            return false;
        d.keys << k;
    }
    for (const QJsonValue &v : b.value(u"indexIncludingParams"_s).toArray())
        d.include << ParseTree::body(v).value(u"name"_s).toString();
    if (b.contains(u"whereClause"_s)) {
        d.predicate = ExpressionText::deparseOrEmpty(b.value(u"whereClause"_s));
        d.predicateColumns = columnsOf(b.value(u"whereClause"_s));
        if (d.predicate.isEmpty()) {
            *error = tr("Sonde cannot write this WHERE clause back exactly: run that statement "
                        "yourself.");
            return false;
        }
    }
    if (d.keys.isEmpty()) {
        *error = tr("The index has no key.");
        return false;
    }
    *name = b.value(u"idxname"_s).toString();
    *out = d;
    return true;
}

} // namespace sonde

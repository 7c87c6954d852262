#pragma once

#include "ConstantFolder.h"
#include "SqlTokens.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>

namespace sonde {

class SchemaCatalog;

// Walks one parsed statement for ConstantFolder and collects text edits (byte ranges of
// the UTF-8 text and what replaces them). Each node is visited with what its position
// says about the type of a value there.
class ConstantFoldWalker
{
public:
    ConstantFoldWalker(const QByteArray &utf8, const SchemaCatalog *catalog,
                       const ConstantFolder::SampleValue &samples);

    void run(const QJsonValue &statement);

    struct Edit
    {
        int start;
        int end;
        QByteArray text;
    };
    const QList<Edit> &edits() const { return m_edits; }
    QString apply() const;
    QStringList notes() const { return m_notes; }

private:
    // What the position of a value says about it.
    struct Context
    {
        QString type;                // its type when known: a fold here is cast to it
        bool castParameters = false; // a bare $n here is cast too (CASE results)
        TableRef table;              // the column it is compared with (pg_qualstats samples)
        QString column;
        QString op;
    };
    Context typed(const QString &type) const;

    void visit(const QJsonValue &node, const Context &ctx);
    void children(const QJsonObject &body);
    void select(const QJsonObject &sel);
    void insert(const QJsonObject &ins);
    void update(const QJsonObject &upd);
    void expression(const QString &type, const QJsonObject &body, const Context &ctx);
    void comparison(const QJsonObject &e);
    void function(const QJsonObject &call, const Context &ctx);
    void caseExpression(const QJsonObject &c, const Context &ctx);
    void typeCast(const QJsonObject &cast);
    void parameter(const QJsonValue &node, const Context &ctx);
    void fold(const QJsonValue &node, const Context &ctx);
    bool sameAsOutput(const QJsonValue &item, const QJsonArray &targets);

    static bool isComparison(const QString &op);
    bool isConstant(const QJsonValue &node) const;
    bool foldable(const QJsonValue &node) const;
    // The column a ColumnRef names, with its catalog type; false when unknown.
    bool columnOf(const QJsonValue &node, TableRef *table, QString *column, QString *type) const;
    Context comparedWith(const QJsonValue &other, const QString &op) const;
    QString columnType(const TableRef &table, const QString &column) const;
    void collectRelations(const QJsonValue &node);
    void typeValuesColumns(const QJsonValue &statement);
    void valuesList(const QJsonObject &subselect);

    void replace(int start, int end, const QString &text);
    QString source(int start, int end) const;

    QByteArray m_sql;
    SqlTokens m_tokens;
    const SchemaCatalog *m_catalog;
    ConstantFolder::SampleValue m_samples;
    QHash<QString, TableRef> m_relations; // alias (or name) → table
    QList<TableRef> m_tables;
    // VALUES lists in FROM: alias → column names, and the types their uses give them
    // ("v.id" → the type of p.id in `p.id = v.id`); the types of the list being visited.
    QHash<QString, QStringList> m_valuesColumns;
    QHash<QString, QString> m_valuesTypes;
    QStringList m_valuesRowTypes;
    QList<Edit> m_edits;
    QStringList m_notes;
    int m_nextParameter = 0;
};

} // namespace sonde

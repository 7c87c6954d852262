#include "SchemaCatalog.h"

#include "postgres/SqlText.h"

namespace sonde {

QString CatalogIndex::quotedName() const
{
    return quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(name);
}

const CatalogColumn *CatalogTable::column(const QString &name) const
{
    for (const CatalogColumn &c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QStringList CatalogTable::columnNames() const
{
    QStringList out;
    for (const CatalogColumn &c : columns)
        out << c.name;
    return out;
}

const CatalogTable *SchemaCatalog::findTable(const QString &schema, const QString &name) const
{
    if (!schema.isEmpty()) {
        for (const CatalogTable &t : tables) {
            if (t.ref.schema == schema && t.ref.name == name)
                return &t;
        }
        return nullptr;
    }
    for (const QString &s : searchPath) {
        if (const CatalogTable *t = findTable(s, name))
            return t;
    }
    return nullptr;
}

QList<CatalogIndex> SchemaCatalog::indexesOn(const TableRef &table) const
{
    QList<CatalogIndex> out;
    for (const CatalogIndex &i : indexes) {
        if (i.table == table)
            out << i;
    }
    return out;
}

const CatalogIndex *SchemaCatalog::findIndex(const QString &schema, const QString &name) const
{
    for (const CatalogIndex &i : indexes) {
        if (i.schema == schema && i.name == name)
            return &i;
    }
    return nullptr;
}

bool SchemaCatalog::hasIndexNamed(const QString &schema, const QString &name) const
{
    return findIndex(schema, name) != nullptr;
}

} // namespace sonde

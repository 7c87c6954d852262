#include "SchemaCatalog.h"

#include "SqlText.h"

using namespace Qt::StringLiterals;

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

bool SchemaCatalog::isNonConstantFunction(const QString &name) const
{
    // clang-format off
    static const QStringList builtIn{
        u"random"_s, u"nextval"_s, u"setval"_s, u"currval"_s, u"lastval"_s,
        u"clock_timestamp"_s, u"timeofday"_s, u"gen_random_uuid"_s, u"uuid_generate_v1"_s,
        u"uuid_generate_v4"_s, u"setseed"_s, u"set_config"_s, u"count"_s, u"sum"_s, u"avg"_s,
        u"min"_s, u"max"_s, u"array_agg"_s, u"string_agg"_s, u"json_agg"_s, u"jsonb_agg"_s,
        u"json_object_agg"_s, u"jsonb_object_agg"_s, u"bool_and"_s, u"bool_or"_s, u"every"_s,
        u"stddev"_s, u"variance"_s, u"percentile_cont"_s, u"percentile_disc"_s, u"mode"_s,
        u"row_number"_s, u"rank"_s, u"dense_rank"_s, u"ntile"_s, u"lag"_s, u"lead"_s,
        u"first_value"_s, u"last_value"_s, u"nth_value"_s, u"generate_series"_s, u"unnest"_s,
        u"jsonb_array_elements"_s, u"json_array_elements"_s, u"jsonb_each"_s,
        u"jsonb_object_keys"_s, u"regexp_matches"_s};
    // clang-format on
    return nonConstantFunctions.isEmpty() ? builtIn.contains(name)
                                          : nonConstantFunctions.contains(name);
}

} // namespace sonde

#include "QueryScope.h"

namespace sonde {

ColumnOrigin ScopeSource::origin(const QString &column) const
{
    if (base) {
        ColumnOrigin o;
        o.table = table;
        o.column = column;
        return o;
    }
    return origins.value(column);
}

const ScopeSource *QueryScope::findCte(const QString &name) const
{
    for (const QueryScope *s = this; s; s = s->m_parent) {
        auto it = s->m_ctes.constFind(name);
        if (it != s->m_ctes.constEnd())
            return &it.value();
    }
    return nullptr;
}

ColumnOrigin QueryScope::resolve(const QStringList &fields, bool *found) const
{
    *found = false;
    if (fields.isEmpty() || fields.last() == QLatin1String("*"))
        return {};
    const QString column = fields.last();
    if (fields.size() >= 2) {
        const QString qualifier = fields.at(fields.size() - 2);
        const QString schema = fields.size() >= 3 ? fields.at(fields.size() - 3) : QString();
        for (const ScopeSource &s : m_sources) {
            const bool nameMatches = s.name == qualifier;
            const bool schemaMatches = schema.isEmpty() || (s.base && s.table.schema == schema &&
                                                            s.table.name == qualifier);
            if (nameMatches && schemaMatches) {
                *found = true;
                return s.origin(column);
            }
        }
        return m_parent ? m_parent->resolve(fields, found) : ColumnOrigin();
    }
    const ScopeSource *match = nullptr;
    int matches = 0;
    for (const ScopeSource &s : m_sources) {
        if (s.columns.contains(column)) {
            match = &s;
            ++matches;
        }
    }
    if (matches == 1) {
        *found = true;
        return match->origin(column);
    }
    if (matches > 1) {
        *found = true; // ambiguous: PostgreSQL would reject it
        return {};
    }
    // Without a catalog, a single table of unknown columns owns every bare name.
    if (m_sources.size() == 1 && m_sources.first().base && !m_sources.first().knowsColumns()) {
        *found = true;
        return m_sources.first().origin(column);
    }
    return m_parent ? m_parent->resolve(fields, found) : ColumnOrigin();
}

} // namespace sonde

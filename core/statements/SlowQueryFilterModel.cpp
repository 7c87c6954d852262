#include "SlowQueryFilterModel.h"

#include "SlowQueryModel.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sonde {

SlowQueryFilterModel::SlowQueryFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SlowQueryModel::ValueRole);
}

void SlowQueryFilterModel::setSearchText(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    m_words = text.toLower().split(space, Qt::SkipEmptyParts);
    invalidateFilter();
}

void SlowQueryFilterModel::setFlaggedOnly(bool on)
{
    m_flaggedOnly = on;
    invalidateFilter();
}

bool SlowQueryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    const QModelIndex first = m->index(sourceRow, 0, sourceParent);
    if (m_flaggedOnly && !m->data(first, SlowQueryModel::SlowRole).toBool() &&
        !m->data(first, SlowQueryModel::NPlusOneRole).toBool())
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack =
        (m->data(first, SlowQueryModel::FullTextRole).toString() + u' ' +
         m->data(m->index(sourceRow, SlowQueryModel::RoleColumn, sourceParent)).toString() + u' ' +
         m->data(m->index(sourceRow, SlowQueryModel::DatabaseColumn, sourceParent)).toString())
            .toLower();
    for (const QString &w : m_words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

} // namespace sonde

#include "SessionFilterModel.h"

#include "SessionModel.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sonde {

SessionFilterModel::SessionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SessionModel::ValueRole);
}

void SessionFilterModel::setClientSessionsOnly(bool on)
{
    m_clientOnly = on;
    invalidateFilter();
}

void SessionFilterModel::setSearchText(const QString &text)
{
    static const QRegularExpression space(u"\\s+"_s);
    m_words = text.toLower().split(space, Qt::SkipEmptyParts);
    invalidateFilter();
}

bool SessionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    if (m_clientOnly &&
        (!m->data(m->index(sourceRow, 0, sourceParent), SessionModel::ClientBackendRole).toBool() ||
         m->data(m->index(sourceRow, SessionModel::ApplicationColumn, sourceParent))
             .toString()
             .startsWith(u"sonde"_s)))
        return false;
    if (m_words.isEmpty())
        return true;
    QString haystack;
    for (int c : {SessionModel::PidColumn, SessionModel::UserColumn, SessionModel::DatabaseColumn,
                  SessionModel::ApplicationColumn, SessionModel::ClientColumn,
                  SessionModel::StateColumn, SessionModel::QueryColumn})
        haystack += m->data(m->index(sourceRow, c, sourceParent)).toString() + u' ';
    haystack = haystack.toLower();
    for (const QString &w : m_words) {
        if (!haystack.contains(w))
            return false;
    }
    return true;
}

} // namespace sonde

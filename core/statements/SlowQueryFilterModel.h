#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sonde {

// Sorting, search and "flagged only" over a SlowQueryModel.
class SlowQueryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SlowQueryFilterModel(QObject *parent = nullptr);

    // Case-insensitive words that must all appear in the query, role or database.
    void setSearchText(const QString &text);
    void setFlaggedOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    bool m_flaggedOnly = false;
};

} // namespace sonde

#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace sonde {

// Sorting and filtering over a SessionModel: client sessions only (no background workers, not
// Sonde's own sessions — application_name sonde…),
// and words that must all appear in the query, user, database, application or client.
class SessionFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit SessionFilterModel(QObject *parent = nullptr);

    void setClientSessionsOnly(bool on);
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_clientOnly = true;
    QStringList m_words;
};

} // namespace sonde

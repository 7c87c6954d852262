#pragma once

#include "indexes/IndexChange.h"

#include <QWidget>

class QPushButton;

namespace sonde {

class ChangeLogModel;
class DataTableView;

// The setting changes and fixes of the change log (index builds are on the advisor's
// page), with Revert for an applied one.
class HealthChangesPane : public QWidget
{
    Q_OBJECT
public:
    explicit HealthChangesPane(QWidget *parent = nullptr);

    // Keeps the changes that are not index builds or drops.
    void setChanges(const QList<IndexChange> &changes);
    void setReadOnly(bool readOnly, const QString &why);
    void setBusy(bool busy);

signals:
    void revertRequested(const sonde::IndexChange &change);

private:
    IndexChange selected() const;
    void updateButton();

    ChangeLogModel *m_model;
    DataTableView *m_table;
    QPushButton *m_revert;
    bool m_readOnly = false;
    bool m_busy = false;
    QString m_why;
};

} // namespace sonde

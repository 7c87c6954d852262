#pragma once

#include "advisor/AdviceService.h"
#include "indexes/IndexChange.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTextBrowser;

namespace sonde {

class PlanDiffView;

class ChangeLogModel;
class DataTableView;

// The change log on the advisor page: every index change Sonde made (when, where, who,
// DDL, outcome), revert of an applied one, and a re-check of the plans of the statements
// it was built for (then → now).
class IndexChangesTab : public QWidget
{
    Q_OBJECT
public:
    explicit IndexChangesTab(QWidget *parent = nullptr);

    void setChanges(const QList<IndexChange> &changes);
    void setRecheck(const IndexChange &change, const RecheckOutcome &result);
    void setReadOnly(bool readOnly, const QString &why);
    void setBusy(bool busy);
    bool hasSelection() const;
    IndexChange selectedChange() const;

signals:
    void revertRequested(const sonde::IndexChange &change);
    void recheckRequested(const sonde::IndexChange &change);
    void reloadRequested();

private:
    void updateButtons();
    void showRecheckRow(int row);

    ChangeLogModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    DataTableView *m_table = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_recheck = nullptr;
    QPushButton *m_reload = nullptr;
    QTextBrowser *m_summary = nullptr;
    QComboBox *m_statement = nullptr;
    PlanDiffView *m_plans = nullptr;
    RecheckOutcome m_recheckResult;
    bool m_readOnly = false;
    bool m_busy = false;
    QString m_readOnlyReason;
};

} // namespace sonde

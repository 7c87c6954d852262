#pragma once

#include <QDialog>
#include <QList>

#include <functional>

class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace sonde {

// Quick-open (Ctrl+K): type a few letters of a view, a target, a statement or a command and
// press Enter. Every word typed must appear in the entry (any order, any case).
class CommandPalette : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString kind;   // "View", "Target", "Statement", "Command" — shown before the title
        QString title;  // what is matched and shown
        QString detail; // shown under the title (shortcut, URI, statement numbers)
        std::function<void()> run;
    };

    explicit CommandPalette(QWidget *parent = nullptr);

    void setEntries(const QList<Entry> &entries);
    void setFilterText(const QString &text);
    // The entries shown now, in order (tests).
    QStringList shownTitles() const;
    // Runs the current entry and closes.
    void activateCurrent();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void moveSelection(int delta);

    QLineEdit *m_filter;
    QListView *m_list;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QList<Entry> m_entries;
};

} // namespace sonde

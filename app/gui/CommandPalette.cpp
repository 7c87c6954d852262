#include "CommandPalette.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sonde {

namespace {

constexpr int IndexRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

// Keeps the rows whose text contains every word of the filter.
class WordsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setWords(const QString &text)
    {
        m_words = text.simplified().split(u' ', Qt::SkipEmptyParts);
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        const QString text = sourceModel()->index(row, 0, parent).data(SearchRole).toString();
        for (const QString &w : m_words) {
            if (!text.contains(w, Qt::CaseInsensitive))
                return false;
        }
        return true;
    }

private:
    QStringList m_words;
};

} // namespace

CommandPalette::CommandPalette(QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new WordsFilter(this))
{
    setObjectName(u"commandPalette"_s);
    setWindowTitle(tr("Go to"));
    setAccessibleName(tr("Command palette"));
    resize(640, 420);
    m_filter->setObjectName(u"paletteFilter"_s);
    m_filter->setPlaceholderText(tr("Type a view, a target, a statement or a command…"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    m_proxy->setSourceModel(m_model);
    m_list->setObjectName(u"paletteEntries"_s);
    m_list->setAccessibleName(tr("Matching entries"));
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setAlternatingRowColors(true);
    auto *hint = new QLabel(tr("↑ ↓ to choose, Enter to open, Esc to close"), this);
    hint->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(hint);

    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, &CommandPalette::setFilterText);
    connect(m_filter, &QLineEdit::returnPressed, this, &CommandPalette::activateCurrent);
    connect(m_list, &QListView::activated, this, [this]() { activateCurrent(); });
}

void CommandPalette::setEntries(const QList<Entry> &entries)
{
    m_entries = entries;
    m_model->clear();
    for (int i = 0; i < entries.size(); ++i) {
        const Entry &e = entries.at(i);
        QString text = tr("%1: %2").arg(e.kind, e.title);
        if (!e.detail.isEmpty())
            text += u"\n    "_s + e.detail;
        auto *item = new QStandardItem(text);
        item->setData(i, IndexRole);
        item->setData(QString(e.kind + u' ' + e.title + u' ' + e.detail), SearchRole);
        item->setToolTip(e.title);
        m_model->appendRow(item);
    }
    setFilterText(m_filter->text());
}

void CommandPalette::setFilterText(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text);
    static_cast<WordsFilter *>(m_proxy)->setWords(text);
    if (m_proxy->rowCount() > 0)
        m_list->setCurrentIndex(m_proxy->index(0, 0));
}

QStringList CommandPalette::shownTitles() const
{
    QStringList titles;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        titles << m_entries.at(m_proxy->index(row, 0).data(IndexRole).toInt()).title;
    return titles;
}

void CommandPalette::activateCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    const Entry entry = m_entries.value(current.data(IndexRole).toInt());
    accept();
    if (entry.run)
        entry.run();
}

void CommandPalette::moveSelection(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const int row = qBound(0, m_list->currentIndex().row() + delta, rows - 1);
    m_list->setCurrentIndex(m_proxy->index(row, 0));
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    // Up and down move through the list while the cursor stays in the filter.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown ||
            key == Qt::Key_PageUp) {
            const int step = (key == Qt::Key_PageDown || key == Qt::Key_PageUp) ? 8 : 1;
            moveSelection(key == Qt::Key_Down || key == Qt::Key_PageDown ? step : -step);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace sonde

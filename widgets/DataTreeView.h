#pragma once

#include <QTreeView>

namespace sonde {

// A tree (the blocking tree) with what every Sonde table has: Ctrl+C copies the whole tree
// as tab-separated text, and a context menu exports it as CSV (one row per node, with its
// level and the node it hangs under) or as nested JSON.
class DataTreeView : public QTreeView
{
    Q_OBJECT
public:
    explicit DataTreeView(QWidget *parent = nullptr);

    void setExportName(const QString &name) { m_exportName = name; }

    void copyTree() const;
    bool exportCsv(const QString &path) const;
    bool exportJson(const QString &path) const;

private:
    void showMenu(const QPoint &pos);

    QString m_exportName = QStringLiteral("tree");
};

} // namespace sonde

#include "IndexFindingModel.h"

#include "common/DisplayFormat.h"
#include <QLocale>

namespace sonde {

IndexFindingModel::IndexFindingModel(QObject *parent)
    : RowListModel(parent)
{}

void IndexFindingModel::setFindings(const QList<IndexFinding> &findings)
{
    setRows(findings);
}

int IndexFindingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IndexFindingModel::kindText(IndexFinding::Kind kind)
{
    using K = IndexFinding::Kind;
    switch (kind) {
    case K::Invalid:
        return tr("invalid");
    case K::Duplicate:
        return tr("duplicate");
    case K::RedundantPrefix:
        return tr("redundant");
    case K::Unused:
        return tr("unused");
    case K::UnindexedForeignKey:
        return tr("foreign key without index");
    }
    return {};
}

QVariant IndexFindingModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rows().size())
        return {};
    const IndexFinding &f = row(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Kind:
            return kindText(f.kind);
        case Table:
            return f.table.display();
        case Index:
            return f.index.isEmpty() ? f.other : f.index;
        case Size:
            return f.sizeBytes > 0 ? DisplayFormat::bytes(f.sizeBytes) : QString();
        case Finding:
            return f.message;
        case Fix:
            return f.fixDdl;
        default:
            break;
        }
    } else if (role == SortRole) {
        return index.column() == Size ? QVariant(f.sizeBytes) : data(index, Qt::DisplayRole);
    } else if (role == Qt::ToolTipRole) {
        return f.message;
    }
    return {};
}

QVariant IndexFindingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Finding");
    case Table:
        return tr("Table");
    case Index:
        return tr("Index / constraint");
    case Size:
        return tr("Size");
    case Finding:
        return tr("What is wrong");
    case Fix:
        return tr("Fix");
    default:
        return {};
    }
}

QString IndexFindingModel::rowKey(const IndexFinding &row) const
{
    return QString::number(int(row.kind)) + u'/' + row.index + u'/' + row.other;
}

} // namespace sonde

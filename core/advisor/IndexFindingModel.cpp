#include "IndexFindingModel.h"

#include <QLocale>

namespace sonde {

IndexFindingModel::IndexFindingModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void IndexFindingModel::setFindings(const QList<IndexFinding> &findings)
{
    beginResetModel();
    m_rows = findings;
    endResetModel();
}

int IndexFindingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const IndexFinding &f = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Kind:
            return kindText(f.kind);
        case Table:
            return f.table.display();
        case Index:
            return f.index.isEmpty() ? f.other : f.index;
        case Size:
            return f.sizeBytes > 0 ? QLocale().formattedDataSize(f.sizeBytes) : QString();
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

} // namespace sonde

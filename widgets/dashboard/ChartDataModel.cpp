#include "ChartDataModel.h"

#include "monitoring/MetricSeries.h"
#include "monitoring/MetricStore.h"

#include <QDateTime>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sonde {

ChartDataModel::ChartDataModel(const MetricStore *store, QObject *parent)
    : RowListModel(parent)
    , m_store(store)
{}

void ChartDataModel::setLines(ChartGroup chart, const QList<ChartLine> &lines)
{
    for (auto &entry : m_charts) {
        if (entry.first == chart) {
            entry.second = lines;
            return;
        }
    }
    m_charts.append({chart, lines});
}

void ChartDataModel::refresh(qint64 fromMs, qint64 toMs, int maxRows)
{
    QList<Column> columns;
    for (const auto &[group, lines] : std::as_const(m_charts)) {
        const QString title = MetricCatalog::chartTitle(group);
        const QString unit = MetricCatalog::chartUnit(group);
        for (const ChartLine &line : lines) {
            QString name = tr("%1 — %2").arg(title, line.label);
            if (!unit.isEmpty() && !line.secondaryAxis)
                name += u" ("_s + unit + u')';
            columns.append({name, line.targetId, line.metric});
        }
    }
    const qint64 first = qMax(fromMs, m_store->firstMs());
    const qint64 last = qMin(toMs, m_store->lastMs());
    QList<ChartInstant> instants;
    if (!columns.isEmpty() && last > first && maxRows > 0) {
        // Whole seconds, at most maxRows of them, newest first.
        const qint64 step = qMax<qint64>(1000, ((last - first) / maxRows + 999) / 1000 * 1000);
        for (qint64 t = last - last % 1000; t >= first; t -= step) {
            ChartInstant instant{t, {}};
            bool any = false;
            for (const Column &c : std::as_const(columns)) {
                const MetricSeries *series = m_store->series(c.targetId, c.metric);
                const auto v = series ? series->valueAt(t, qMax<qint64>(1500, step)) : std::nullopt;
                instant.values << (v ? *v : std::nan(""));
                any = any || v.has_value();
            }
            if (any)
                instants << instant;
        }
    }
    // A reset: the lines (the columns) may have changed with the rows.
    resetRows(instants, [&]() { m_columns = columns; });
}

int ChartDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size()) + 1;
}

QVariant ChartDataModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ChartInstant &instant = row(index.row());
    if (index.column() == 0) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(instant.atMs);
        if (role == Qt::DisplayRole)
            return at.toLocalTime().toString(u"HH:mm:ss"_s);
        if (role == Qt::UserRole || role == Qt::EditRole)
            return at;
        return {};
    }
    const double v = instant.values.at(index.column() - 1);
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (std::isnan(v))
        return {};
    if (role == Qt::DisplayRole)
        return QLocale().toString(v, 'f', std::abs(v) >= 100 ? 0 : 2);
    if (role == Qt::UserRole || role == Qt::EditRole)
        return v;
    return {};
}

QVariant ChartDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    if (section == 0)
        return tr("Time");
    return m_columns.value(section - 1).title;
}

QString ChartDataModel::rowKey(const ChartInstant &row) const
{
    return QString::number(row.atMs);
}

} // namespace sonde

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sonde {

// A result set as text, columns looked up by name (PgBouncer's SHOW output changes
// columns between versions; a missing column reads as empty / -1).
struct TextTable
{
    QStringList columns;
    QList<QStringList> rows;
    QList<QList<bool>> nulls;

    int column(const QString &name) const { return columns.indexOf(name); }
    bool hasColumn(const QString &name) const { return column(name) >= 0; }
    int rowCount() const { return int(rows.size()); }
    QString value(int row, const QString &name) const
    {
        const int c = column(name);
        return c < 0 ? QString() : rows.at(row).value(c);
    }
    qint64 integer(int row, const QString &name, qint64 fallback = 0) const
    {
        bool ok = false;
        const qint64 v = value(row, name).toLongLong(&ok);
        return ok ? v : fallback;
    }
    double number(int row, const QString &name, double fallback = 0.0) const
    {
        bool ok = false;
        const double v = value(row, name).toDouble(&ok);
        return ok ? v : fallback;
    }
};

} // namespace sonde

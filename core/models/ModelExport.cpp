#include "ModelExport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

QList<int> rowsOrAll(const QAbstractItemModel *model, const QList<int> &rows)
{
    if (!rows.isEmpty())
        return rows;
    QList<int> all;
    for (int r = 0; r < model->rowCount(); ++r)
        all << r;
    return all;
}

QStringList header(const QAbstractItemModel *model)
{
    QStringList h;
    for (int c = 0; c < model->columnCount(); ++c)
        h << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return h;
}

QString cell(const QAbstractItemModel *model, int row, int column, const QModelIndex &parent = {})
{
    return model->data(model->index(row, column, parent), Qt::DisplayRole).toString();
}

QString tsvField(QString s)
{
    s.replace(u'\t', u' ');
    s.replace(u'\n', u' ');
    return s;
}

// One row as a JSON object keyed by the header; numbers stay numbers when the model gives
// them as such (EditRole).
QJsonObject rowObject(const QAbstractItemModel *model, const QStringList &h, int r,
                      const QModelIndex &parent = {})
{
    QJsonObject o;
    for (int c = 0; c < model->columnCount(parent); ++c) {
        const QVariant raw = model->data(model->index(r, c, parent), Qt::EditRole);
        const QString key = h.value(c).isEmpty() ? QString::number(c) : h.value(c);
        if (raw.typeId() == QMetaType::Int || raw.typeId() == QMetaType::LongLong ||
            raw.typeId() == QMetaType::Double || raw.typeId() == QMetaType::UInt ||
            raw.typeId() == QMetaType::ULongLong)
            o.insert(key, QJsonValue::fromVariant(raw));
        else
            o.insert(key, cell(model, r, c, parent));
    }
    return o;
}

// The tree depth-first as rows: level, the parent's first column, then the node's columns.
QList<QStringList> treeRows(const QAbstractItemModel *model)
{
    QList<QStringList> rows;
    auto walk = [&](auto &self, const QModelIndex &parent, int level) -> void {
        const QString under =
            parent.isValid() ? parent.siblingAtColumn(0).data().toString() : QString();
        for (int r = 0; r < model->rowCount(parent); ++r) {
            QStringList fields{QString::number(level), under};
            for (int c = 0; c < model->columnCount(parent); ++c)
                fields << cell(model, r, c, parent);
            rows << fields;
            self(self, model->index(r, 0, parent), level + 1);
        }
    };
    walk(walk, {}, 0);
    return rows;
}

QStringList treeHeader(const QAbstractItemModel *model)
{
    return QStringList{QCoreApplication::translate("ModelExport", "Level"),
                       QCoreApplication::translate("ModelExport", "Under")} +
           header(model);
}

} // namespace

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString v = value;
    v.replace(u"\""_s, u"\"\""_s);
    return u'"' + v + u'"';
}

QString modelToCsv(const QAbstractItemModel *model, const QList<int> &rows)
{
    QString out;
    QStringList fields;
    for (const QString &h : header(model))
        fields << csvField(h);
    out += fields.join(u',') + u"\r\n"_s;
    for (int r : rowsOrAll(model, rows)) {
        fields.clear();
        for (int c = 0; c < model->columnCount(); ++c)
            fields << csvField(cell(model, r, c));
        out += fields.join(u',') + u"\r\n"_s;
    }
    return out;
}

QString modelToTsv(const QAbstractItemModel *model, const QList<int> &rows, bool withHeader)
{
    QStringList lines;
    if (withHeader) {
        QStringList h;
        for (const QString &s : header(model))
            h << tsvField(s);
        lines << h.join(u'\t');
    }
    for (int r : rowsOrAll(model, rows)) {
        QStringList fields;
        for (int c = 0; c < model->columnCount(); ++c)
            fields << tsvField(cell(model, r, c));
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

QJsonArray modelToJson(const QAbstractItemModel *model, const QList<int> &rows)
{
    const QStringList h = header(model);
    QJsonArray out;
    for (int r : rowsOrAll(model, rows))
        out.append(rowObject(model, h, r));
    return out;
}

namespace {

// The tree's rows, each field through `field`, joined by `separator`, each line ended by `eol`.
template<typename Field>
QString treeText(const QAbstractItemModel *model, Field field, QChar separator, const QString &eol)
{
    QString out;
    auto line = [&](const QStringList &values) {
        QStringList fields;
        for (const QString &v : values)
            fields << field(v);
        out += fields.join(separator) + eol;
    };
    line(treeHeader(model));
    for (const QStringList &row : treeRows(model))
        line(row);
    return out;
}

} // namespace

QString treeToCsv(const QAbstractItemModel *model)
{
    return treeText(model, csvField, u',', u"\r\n"_s);
}

QString treeToTsv(const QAbstractItemModel *model)
{
    return treeText(model, tsvField, u'\t', u"\n"_s);
}

QJsonArray treeToJson(const QAbstractItemModel *model)
{
    const QStringList h = header(model);
    auto nodes = [&](auto &self, const QModelIndex &parent) -> QJsonArray {
        QJsonArray out;
        for (int r = 0; r < model->rowCount(parent); ++r) {
            QJsonObject o = rowObject(model, h, r, parent);
            const QJsonArray children = self(self, model->index(r, 0, parent));
            if (!children.isEmpty())
                o.insert(u"children"_s, children);
            out.append(o);
        }
        return out;
    };
    return nodes(nodes, {});
}

} // namespace sonde

#include "ModelExport.h"

#include <QAbstractItemModel>
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

QString cell(const QAbstractItemModel *model, int row, int column)
{
    return model->data(model->index(row, column), Qt::DisplayRole).toString();
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
    auto clean = [](QString s) {
        s.replace(u'\t', u' ');
        s.replace(u'\n', u' ');
        return s;
    };
    QStringList lines;
    if (withHeader) {
        QStringList h;
        for (const QString &s : header(model))
            h << clean(s);
        lines << h.join(u'\t');
    }
    for (int r : rowsOrAll(model, rows)) {
        QStringList fields;
        for (int c = 0; c < model->columnCount(); ++c)
            fields << clean(cell(model, r, c));
        lines << fields.join(u'\t');
    }
    return lines.join(u'\n') + u'\n';
}

QJsonArray modelToJson(const QAbstractItemModel *model, const QList<int> &rows)
{
    const QStringList h = header(model);
    QJsonArray out;
    for (int r : rowsOrAll(model, rows)) {
        QJsonObject o;
        for (int c = 0; c < model->columnCount(); ++c) {
            // Numbers stay numbers when the model gives them as such (EditRole).
            const QVariant raw = model->data(model->index(r, c), Qt::EditRole);
            const QString key = h.value(c).isEmpty() ? QString::number(c) : h.value(c);
            if (raw.typeId() == QMetaType::Int || raw.typeId() == QMetaType::LongLong ||
                raw.typeId() == QMetaType::Double || raw.typeId() == QMetaType::UInt ||
                raw.typeId() == QMetaType::ULongLong)
                o.insert(key, QJsonValue::fromVariant(raw));
            else
                o.insert(key, cell(model, r, c));
        }
        out.append(o);
    }
    return out;
}

} // namespace sonde

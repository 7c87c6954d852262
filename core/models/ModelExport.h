#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

class QAbstractItemModel;

namespace sonde {

// Turns a table model (or some of its rows) into text for the clipboard and files:
// what the user sees (Qt::DisplayRole), with the header as first row / as JSON keys.
// An empty `rows` means every row.
QString modelToCsv(const QAbstractItemModel *model, const QList<int> &rows = {});
QString modelToTsv(const QAbstractItemModel *model, const QList<int> &rows = {},
                   bool withHeader = true);
QJsonArray modelToJson(const QAbstractItemModel *model, const QList<int> &rows = {});

// A tree model (the blocking tree) depth-first, one row per node, with two columns before
// the model's own: "Level" (0 for the roots) and "Under" (the parent's first column).
QString treeToCsv(const QAbstractItemModel *model);
QString treeToTsv(const QAbstractItemModel *model);
// Nested: each node an object of its columns, the nodes under it in "children".
QJsonArray treeToJson(const QAbstractItemModel *model);

// RFC 4180 quoting of one CSV field.
QString csvField(const QString &value);

} // namespace sonde
